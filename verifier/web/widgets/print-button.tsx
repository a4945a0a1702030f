// The button under a report that prints it (or saves it as PDF); not itself printed.
export function PrintButton({ label }: { label: string }) {
  return (
    <p class="no-print">
      <button type="button" onClick={() => window.print()}>
        {label}
      </button>
    </p>
  );
}

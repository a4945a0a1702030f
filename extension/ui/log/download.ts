// Saves text as a file through a blob URL: the export never leaves the browser over the network.
let current: string | null = null;

/** Returns the blob URL, which stays valid until the next download replaces it. */
export function downloadText(fileName: string, text: string, anchor: HTMLAnchorElement): string {
  if (current !== null) URL.revokeObjectURL(current);
  current = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  anchor.href = current;
  anchor.download = fileName;
  anchor.click();
  return current;
}

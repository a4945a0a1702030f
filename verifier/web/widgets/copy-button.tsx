// Copies text to the clipboard. Where the Clipboard API is refused (file://, some browsers), the
// text is selected instead so the user can press Ctrl+C.
import { useState } from 'preact/hooks';

interface Props {
  text: string;
  targetId: string;
  label: string;
  doneLabel: string;
}

export function CopyButton({ text, targetId, label, doneLabel }: Props) {
  const [done, setDone] = useState(false);
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      setDone(true);
    } catch {
      const target = document.getElementById(targetId);
      if (target) window.getSelection()?.selectAllChildren(target);
    }
  };
  return (
    <button type="button" onClick={copy} aria-describedby={targetId}>
      {done ? doneLabel : label}
    </button>
  );
}

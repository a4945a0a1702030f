// A file input that also takes a dropped file. The real <input type=file> stays in the tab order,
// so keyboard users reach it like any button.
import { useState } from 'preact/hooks';

interface Props {
  id: string;
  label: string;
  hint: string;
  accept?: string;
  disabled?: boolean;
  onFile: (file: File) => void;
}

export function FilePicker({ id, label, hint, accept, disabled, onFile }: Props) {
  const [over, setOver] = useState(false);
  const take = (files: FileList | null | undefined): void => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  return (
    <div
      class={over ? 'picker over' : 'picker'}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (!disabled) take(e.dataTransfer?.files);
      }}
    >
      <label for={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept={accept}
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        onChange={(e) => take(e.currentTarget.files)}
      />
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
    </div>
  );
}

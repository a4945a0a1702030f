import { formatCount } from '../../shared/report/format-values.ts';
import type { Lang } from '../../shared/report/lang.ts';

interface Props {
  label: string;
  done: number;
  total: number;
  lang: Lang;
  cancelLabel: string;
  onCancel: () => void;
}

export function ProgressBar({ label, done, total, lang, cancelLabel, onCancel }: Props) {
  const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
  return (
    <div class="progress" role="group" aria-label={label}>
      <span>{label}</span>
      <progress max={total} value={done} aria-label={label}>
        {percent}%
      </progress>
      <span class="progress-bytes">
        {percent}% ({formatCount(done / 1e6, lang)} / {formatCount(total / 1e6, lang)} MB)
      </span>
      <button type="button" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}

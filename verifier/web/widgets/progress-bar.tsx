import { formatCount } from '../../../shared/report/format-values.ts';
import type { Lang } from '../../../shared/report/lang.ts';

interface Props {
  label: string;
  done: number;
  total: number;
  lang: Lang;
  /** Without them the bar has no stop button of its own (one button stops several bars). */
  cancelLabel?: string;
  onCancel?: () => void;
  /** What done and total count: bytes (shown in MB, the default) or seconds of sound. */
  unit?: 'bytes' | 'seconds';
}

export function ProgressBar({ label, done, total, lang, cancelLabel, onCancel, unit = 'bytes' }: Props) {
  const [shown, suffix] = unit === 'bytes' ? [1e-6, 'MB'] : [1, 's'];
  const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
  return (
    <div class="progress" role="group" aria-label={label}>
      <span>{label}</span>
      <progress max={total} value={done} aria-label={label}>
        {percent}%
      </progress>
      <span class="progress-bytes">
        {percent}% ({formatCount(done * shown, lang)} / {formatCount(total * shown, lang)} {suffix})
      </span>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      )}
    </div>
  );
}

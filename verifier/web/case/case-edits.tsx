// Per edit of a copy's report: play controls (original around the edit, copy around the join, A/B)
// and the waveform strips of both sides, aligned, with the edit marked.
import { editWindows } from '../../../shared/case/edit-windows.ts';
import type { CompareReport } from '../../../shared/compare/report.ts';
import type { PageMessages } from '../messages.ts';
import type { CaseMessages } from './case-messages.ts';
import { EditPlayControls, useEditPlayer } from './edit-player.tsx';
import { EditStrip, STRIP_WIDTH } from './edit-strip.tsx';

interface Props {
  report: CompareReport;
  original: File | null;
  copy: File | null;
  t: CaseMessages;
  page: PageMessages;
}

export function CaseEdits({ report, original, copy, t, page }: Props) {
  const windows = editWindows(report) ?? [];
  const player = useEditPlayer({ original, copy }, windows, t);
  if (windows.length === 0) return null;
  return (
    <section class="case-edits" aria-labelledby="case-edits-title">
      <h3 id="case-edits-title">{t.hearTitle}</h3>
      {!original && <p class="hint">{t.noOriginalFile}</p>}
      {player.elements}
      <ol class="case-edit-list">
        {windows.map((w, i) => {
          const edit = report.edits[i]!;
          const longest = Math.max(w.original ? w.original.window[1] - w.original.window[0] : 0, w.copy ? w.copy.window[1] - w.copy.window[0] : 0);
          const scale = Math.max(longest, 0.001) / STRIP_WIDTH;
          return (
            <li key={i} data-testid="case-edit" data-kind={edit.kind}>
              <strong>{t.edit(i + 1, page.kind[edit.kind])}</strong>
              <EditPlayControls player={player} edit={i} windows={w} canPlay={{ original: original !== null, copy: copy !== null }} t={t} />
              <div class="strips" role="group" aria-label={t.stripsOf(i + 1)}>
                {original && w.original && <EditStrip file={original} side={w.original} scale={scale} kind={edit.kind} label={`A: ${t.stripsOf(i + 1)}`} testId={`strip-original-${i}`} />}
                {copy && w.copy && <EditStrip file={copy} side={w.copy} scale={scale} kind={edit.kind} label={`B: ${t.stripsOf(i + 1)}`} testId={`strip-copy-${i}`} />}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

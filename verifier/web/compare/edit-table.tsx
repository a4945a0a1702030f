// The edit list as a table: kind, where in the original, where in the copy, how long, and what
// the finding rests on with how precise it is.
import type { CompareReport, Edit, Range } from '../../../shared/compare/report.ts';
import { COMPARE_MESSAGES } from '../../../shared/report/compare-messages.ts';
import { editTracksText } from '../../../shared/report/track-text.ts';
import { editBasisText } from '../../../shared/report/provenance-text.ts';
import type { Lang } from '../../../shared/report/lang.ts';
import { HeaderRow } from '../widgets/header-row.tsx';
import type { PageMessages } from '../messages.ts';
import { lengthText, rangeText } from './range-text.ts';
import { KIND_COLOURS } from './timeline.tsx';

function places(e: Edit): { original: Range | null; copy: Range | null } {
  switch (e.kind) {
    case 'removed':
      return { original: e.original, copy: null };
    case 'inserted':
      return { original: e.from, copy: e.copy };
    case 'replaced':
    case 'moved':
      return { original: e.original, copy: e.copy };
  }
}

export function EditTable({ report, t, lang }: { report: CompareReport; t: PageMessages; lang: Lang }) {
  if (report.edits.length === 0) return <p>{t.noEdits}</p>;
  const show = (range: Range | null): string => (range ? rangeText(range, report.unit, lang) : '—');
  return (
    <table class="edits" data-testid="edit-table">
      <HeaderRow labels={[t.column.nr, t.column.kind, t.column.original, t.column.copy, t.column.length, t.column.basis]} />
      <tbody>
        {report.edits.map((e, i) => {
          const { original, copy } = places(e);
          const measured = e.kind === 'inserted' ? e.copy : e.original;
          return (
            <tr key={i} data-kind={e.kind}>
              <td>{i + 1}</td>
              <td>
                <span class="swatch" style={{ background: KIND_COLOURS[e.kind] }} aria-hidden="true" /> {t.kind[e.kind]}
                {e.kind === 'inserted' && e.from && ` (${t.repeatOf})`}
                {e.tracks && <span data-testid="edit-tracks">{editTracksText(e.tracks, COMPARE_MESSAGES[lang])}</span>}
              </td>
              <td>{show(original)}</td>
              <td>{show(copy)}</td>
              <td>{lengthText(measured, report.unit, lang)}</td>
              <td data-testid="edit-basis">{editBasisText(e, report.unit, lang) ?? '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

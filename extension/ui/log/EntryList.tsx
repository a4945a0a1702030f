// The entries of a session, newest last, as text: notes and every other value are rendered by
// Preact as text nodes, so HTML in a note shows as the characters typed.
import type { Entry } from '../../../shared/consent/entry.ts';
import type { Language } from '../../../shared/rules/index.ts';
import { describeEntry, localTime } from './describe-entry.ts';
import { lt } from './page-strings.ts';

export function EntryList({ entries, language }: { entries: readonly Entry[]; language: Language }) {
  return (
    <ol class="entries">
      {entries.map((entry) => {
        const { title, details } = describeEntry(entry, language);
        return (
          <li key={entry.seq} data-seq={entry.seq} data-kind={entry.kind}>
            <div class="entry-head">
              <span class="seq">#{entry.seq}</span> <strong>{title}</strong> <span class="muted">{localTime(entry.time, language)} · {lt('staff', language)}: {entry.staff}</span>
            </div>
            {details.length > 0 && <div>{details.join(' · ')}</div>}
            {entry.note !== '' && <p class="note" data-note>{entry.note}</p>}
          </li>
        );
      })}
    </ol>
  );
}

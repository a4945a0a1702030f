// Where a session's video request stands in the policy's procedure: each step with its logged
// outcome, so staff see what is still to be done.
import type { Entry, EntryKind } from '../../../shared/consent/entry.ts';
import type { Language } from '../../../shared/rules/index.ts';
import { describeEntry } from './describe-entry.ts';
import { KIND_LABELS } from './labels.ts';
import { lt } from './page-strings.ts';

const STEPS: readonly EntryKind[] = ['video-request', 'video-staff-view', 'video-manager-decision', 'video-conditions'];

export function VideoProgress({ entries, language }: { entries: readonly Entry[]; language: Language }) {
  if (!entries.some((entry) => entry.kind === 'video-request')) return null;
  return (
    <section aria-labelledby="video-title">
      <h2 id="video-title">{lt('video', language)}</h2>
      <ol class="steps" data-video-steps>
        {STEPS.map((kind) => {
          const done = entries.filter((entry) => entry.kind === kind).at(-1);
          return (
            <li key={kind} data-done={done !== undefined}>
              {done === undefined ? `${KIND_LABELS[kind][language]} —` : `${KIND_LABELS[kind][language]}: ${describeEntry(done, language).details.join(', ')} (#${done.seq})`}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

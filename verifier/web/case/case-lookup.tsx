// Whose registration a recording's code matches: the verdict, then every registration in the log
// with its party, time, session and whether it matches.
import type { CodeLookup } from '../../../shared/case/match-code.ts';
import { shortCode } from '../../../shared/fingerprint/short-code.ts';
import type { CaseMessages } from './case-messages.ts';

export function CaseLookup({ title, lookup, testId, t }: { title: string; lookup: CodeLookup | null; testId: string; t: CaseMessages }) {
  return (
    <div class="case-lookup" data-testid={testId} data-verdict={lookup?.verdict ?? 'not-looked-up'}>
      <h3>{title}</h3>
      <p class={lookup?.verdict === 'registered' ? 'verdict verdict-identical' : 'verdict verdict-edited'}>
        <strong>{lookup ? t.verdict[lookup.verdict] : t.notLookedUp}</strong>
      </p>
      {lookup && (
        <ul>
          {lookup.registrations.map((r) => (
            <li key={r.seq} data-party={r.party} data-match={r.match}>
              {t.registration(r)}: <code class="short">{shortCode(r.code ?? r.shortCode ?? '')}</code> — <strong>{t.match[r.match]}</strong>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

// Verifying a consent-log export: the verdict (intact, or the first broken entry) and its
// sessions with their entries. Notes are shown as text, never as HTML.
import { useState } from 'preact/hooks';
import { ConsentFormatError, verifyLogExport, type LogVerification } from '../../shared/consent/verify.ts';
import type { Lang } from '../../shared/report/lang.ts';
import { logVerificationText } from '../../shared/report/log-text.ts';
import { FilePicker } from './file-picker.tsx';
import { HeaderRow } from './header-row.tsx';
import { logSessions, type ShownSession } from './log-sessions.ts';
import type { PageMessages } from './messages.ts';

/** Log exports are small; a cap keeps a wrong file from filling memory. */
const MAX_EXPORT_BYTES = 64 * 1024 * 1024;

type State = { result: LogVerification; data: unknown } | { error: string } | null;

async function verifyFile(file: File): Promise<State> {
  if (file.size > MAX_EXPORT_BYTES) return { error: `${file.name}: is larger than ${MAX_EXPORT_BYTES / 1024 / 1024} MiB; not a log export` };
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()));
  } catch {
    return { error: `${file.name}: not a consent log export: not valid JSON` };
  }
  try {
    return { result: verifyLogExport(data), data };
  } catch (e) {
    if (e instanceof ConsentFormatError) return { error: `${file.name}: ${e.message}` };
    throw e;
  }
}

export function LogView({ t, lang }: { t: PageMessages; lang: Lang }) {
  const [state, setState] = useState<State>(null);
  return (
    <div class="view">
      <h2>{t.logTitle}</h2>
      <FilePicker id="log-file" label={t.chooseLog} hint={t.logHint} accept=".json,application/json" onFile={async (file) => setState(await verifyFile(file))} />
      {state && 'error' in state && (
        <p class="error" role="alert">
          {state.error}
        </p>
      )}
      {state && 'result' in state && <LogResult result={state.result} data={state.data} t={t} lang={lang} />}
    </div>
  );
}

function LogResult({ result, data, t, lang }: { result: LogVerification; data: unknown; t: PageMessages; lang: Lang }) {
  const { sessions, links } = logSessions(data);
  return (
    <section class="print-area" aria-label={t.logTitle}>
      <div class={`verdict ${result.ok ? 'verdict-identical' : 'verdict-edited'}`} role="status" data-testid="log-verdict" data-ok={String(result.ok)}>
        <strong>{logVerificationText(result, lang)}</strong>
      </div>
      <h3>{t.sessions(sessions.length)}</h3>
      {links > 0 && <p class="hint">{t.linkEntries(links)}</p>}
      {sessions.map((session, i) => (
        <SessionTable key={session.key} session={session} index={i} t={t} />
      ))}
      <p class="no-print">
        <button type="button" onClick={() => window.print()}>
          {t.print}
        </button>
      </p>
    </section>
  );
}

function SessionTable({ session, index, t }: { session: ShownSession; index: number; t: PageMessages }) {
  return (
    <table class="log-entries" data-testid="log-session">
      <caption>
        {index + 1}. {session.platform} · {session.caseRef} · {session.key.slice(0, 12)}…
      </caption>
      <HeaderRow labels={[t.entry.seq, t.entry.time, t.entry.kind, t.entry.staff, t.entry.details, t.entry.note]} />
      <tbody>
        {session.entries.map((entry) => (
          <tr key={entry.seq}>
            <td>{entry.seq}</td>
            <td>{entry.time.replace('T', ' ').replace(/\.\d+Z$|Z$/, '')}</td>
            <td>{entry.kind}</td>
            <td>{entry.staff}</td>
            <td>{entry.details}</td>
            <td class="note">{entry.note}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

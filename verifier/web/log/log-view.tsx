// Verifying a consent-log export: the verdict (chain, device signatures, the client's receipts,
// times that go backwards) and its sessions with their entries. Notes are shown as text, never
// as HTML.
import { useEffect, useState } from 'preact/hooks';
import { checkLogExport, type LogCheck } from '../../../shared/consent/check-export.ts';
import { parseReceipt, ReceiptError, type Receipt } from '../../../shared/consent/receipt.ts';
import { codeStatus } from '../../../shared/consent/recording-codes.ts';
import { ConsentFormatError } from '../../../shared/consent/verify.ts';
import type { Lang } from '../../../shared/report/lang.ts';
import { logCheckText } from '../../../shared/report/log-check-text.ts';
import { FilePicker } from '../widgets/file-picker.tsx';
import { HeaderRow } from '../widgets/header-row.tsx';
import { logSessions, type ShownSession } from './log-sessions.ts';
import type { PageMessages } from '../messages.ts';
import { PrintButton } from '../widgets/print-button.tsx';

/** Log exports are small; a cap keeps a wrong file from filling memory. */
const MAX_EXPORT_BYTES = 64 * 1024 * 1024;

export type Loaded = { name: string; data: unknown } | { error: string } | null;
type State = { check: LogCheck; data: unknown } | { error: string } | null;

export async function readExport(file: File): Promise<Loaded> {
  if (file.size > MAX_EXPORT_BYTES) return { error: `${file.name}: is larger than ${MAX_EXPORT_BYTES / 1024 / 1024} MiB; not a log export` };
  try {
    return { name: file.name, data: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer())) };
  } catch {
    return { error: `${file.name}: not a consent log export: not valid JSON` };
  }
}

/** One receipt per non-empty line; the first unreadable one is named by its line number. */
function readReceipts(text: string): Receipt[] | string {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const receipts: Receipt[] = [];
  for (const [index, line] of lines.entries()) {
    if (line === '') continue;
    try {
      receipts.push(parseReceipt(line));
    } catch (e) {
      if (e instanceof ReceiptError) return `receipt line ${index + 1}: ${e.message}`;
      throw e;
    }
  }
  return receipts;
}

async function check(loaded: Loaded, receiptText: string): Promise<State> {
  if (loaded === null || 'error' in loaded) return loaded;
  const receipts = readReceipts(receiptText);
  if (typeof receipts === 'string') return { error: receipts };
  try {
    return { check: await checkLogExport(loaded.data, receipts), data: loaded.data };
  } catch (e) {
    if (e instanceof ConsentFormatError) return { error: `${loaded.name}: ${e.message}` };
    throw e;
  }
}

export function LogView({ t, lang }: { t: PageMessages; lang: Lang }) {
  const [loaded, setLoaded] = useState<Loaded>(null);
  const [receiptText, setReceiptText] = useState('');
  const [state, setState] = useState<State>(null);
  useEffect(() => {
    let current = true;
    void check(loaded, receiptText).then((next) => current && setState(next));
    return () => {
      current = false;
    };
  }, [loaded, receiptText]);
  return (
    <div class="view">
      <h2>{t.logTitle}</h2>
      <FilePicker id="log-file" label={t.chooseLog} hint={t.logHint} accept=".json,application/json" onFile={async (file) => setLoaded(await readExport(file))} />
      <label for="log-receipts">{t.receipts}</label>
      <textarea id="log-receipts" rows={3} spellcheck={false} aria-describedby="log-receipts-hint" value={receiptText} onInput={(e) => setReceiptText(e.currentTarget.value)} />
      <p id="log-receipts-hint" class="hint">
        {t.receiptsHint}
      </p>
      {state && 'error' in state && (
        <p class="error" role="alert">
          {state.error}
        </p>
      )}
      {state && 'check' in state && <LogResult result={state.check} data={state.data} t={t} lang={lang} />}
    </div>
  );
}

function LogResult({ result, data, t, lang }: { result: LogCheck; data: unknown; t: PageMessages; lang: Lang }) {
  const { sessions, links } = logSessions(data);
  const [verdict, ...findings] = logCheckText(result, lang).trimEnd().split('\n');
  return (
    <section class="print-area" aria-label={t.logTitle}>
      <div class={`verdict ${result.ok ? 'verdict-identical' : 'verdict-edited'}`} role="status" data-testid="log-verdict" data-ok={String(result.ok)}>
        <strong>{verdict}</strong>
      </div>
      {findings.length > 0 && (
        <ul class="findings" data-testid="log-findings">
          {findings.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <h3>{t.sessions(sessions.length)}</h3>
      {links > 0 && <p class="hint">{t.linkEntries(links)}</p>}
      {sessions.map((session, i) => (
        <SessionTable key={session.key} session={session} index={i} t={t} verified={result.chain.ok} />
      ))}
      <PrintButton label={t.print} />
    </section>
  );
}

function SessionTable({ session, index, t, verified }: { session: ShownSession; index: number; t: PageMessages; verified: boolean }) {
  // Only a verified chain's registrations are compared: the codes' verdict rests on them.
  const match = verified ? codeStatus(session.registrations).match : null;
  return (
    <>
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
      {match !== null && (
        <p data-testid="log-codes" data-match={match}>
          {t.codeMatch[match]}
        </p>
      )}
    </>
  );
}

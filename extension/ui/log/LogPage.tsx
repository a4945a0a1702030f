// The log page: the sessions in the log, the chosen session's entries and video procedure, forms
// to log the policy's flows and both parties' recording codes, receipts for the client, export,
// print and import.
import { useEffect, useState } from 'preact/hooks';
import type { Checkpoint } from '../../../shared/consent/checkpoint.ts';
import type { Entry } from '../../../shared/consent/entry.ts';
import type { SessionKey } from '../../../shared/consent/export-format.ts';
import type { Language } from '../../../shared/rules/index.ts';
import { platformName } from '../../platforms/index.ts';
import type { PlatformId } from '../../platforms/types.ts';
import { send } from '../../send.ts';
import { ReceiptView } from '../receipt/ReceiptView.tsx';
import { rt } from '../receipt/receipt-strings.ts';
import { VerifierLink } from '../VerifierLink.tsx';
import { AddEntry } from './AddEntry.tsx';
import { localTime } from './describe-entry.ts';
import { EntryList } from './EntryList.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { lt } from './page-strings.ts';
import { RecordingCodes } from './RecordingCodes.tsx';
import { groupSessions, sessionId, sessionKeyOf, type Session } from './sessions.ts';
import { VideoProgress } from './VideoProgress.tsx';

interface Props {
  language: Language;
  openPrint(session: SessionKey): void;
  /** Opened from the call-end button: show the receipt for the log's head at once. */
  receiptAtStart: boolean;
}

function sessionLabel(session: Session, language: Language): string {
  const first = session.entries[0];
  const platform = session.platform === 'none' ? '—' : platformName(session.platform as PlatformId);
  const when = first === undefined ? '' : localTime(first.time, language);
  return `${when} · ${platform}${session.caseRef === null ? '' : ` · ${session.caseRef}`} (${session.entries.length})`;
}

export function LogPage({ language, openPrint, receiptAtStart }: Props) {
  const [log, setLog] = useState<Entry[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [receipt, setReceipt] = useState<Checkpoint | null>(null);

  const failed = (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure));
  const reload = () => send({ type: 'log/list' }).then(setLog, failed);
  /** A signed checkpoint at the session's last entry (or the log's head) shown as a receipt. */
  const showReceipt = (session: SessionKey | null) =>
    send({ type: 'log/checkpoint', session }).then((point) => (point === null ? setError(rt('failed', language)) : setReceipt(point)), failed);
  useEffect(() => {
    void reload();
    if (receiptAtStart) void showReceipt(null);
  }, []);

  const sessions = log === null ? [] : groupSessions(log);
  const session = sessions.find((candidate) => candidate.id === selected) ?? null;
  const onAdded = (entry: Entry) => {
    const key = sessionKeyOf(entry);
    if (selected === null && key !== null) setSelected(sessionId(key));
    void reload();
    // Every registration of a recording code gets a receipt the client can take along.
    if (entry.kind === 'recording-registered') void showReceipt(key);
  };

  return (
    <main class="log" lang={language}>
      <h1>{lt('title', language)}</h1>
      <p>
        <VerifierLink language={language} />
      </p>
      {error !== '' && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {receipt !== null && <ReceiptView key={`${receipt.seq}:${receipt.head}`} checkpoint={receipt} language={language} />}
      <div class="columns">
        <nav aria-labelledby="sessions-title">
          <h2 id="sessions-title">{lt('sessions', language)}</h2>
          {log !== null && sessions.length === 0 && <p class="muted">{lt('noSessions', language)}</p>}
          <ul class="sessions">
            {sessions.map((candidate) => (
              <li key={candidate.id}>
                <button type="button" data-session={candidate.id} aria-current={candidate.id === selected} onClick={() => setSelected(candidate.id)}>
                  {sessionLabel(candidate, language)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div class="detail">
          {session !== null && (
            <section aria-labelledby="entries-title">
              <h2 id="entries-title">{lt('entries', language)}</h2>
              <EntryList entries={session.entries} language={language} />
            </section>
          )}
          {session !== null && <VideoProgress entries={session.entries} language={language} />}
          <AddEntry key={selected ?? 'none'} language={language} session={session} onAdded={onAdded} />
          {session !== null && <RecordingCodes key={session.id} language={language} session={session} onAdded={onAdded} />}
          {session !== null && (
            <p>
              <button type="button" data-session-receipt onClick={() => void showReceipt(session.key)}>
                {rt('button', language)}
              </button>
            </p>
          )}
          <ExportPanel language={language} session={session?.key ?? null} openPrint={openPrint} />
          <ImportPanel language={language} />
        </div>
      </div>
    </main>
  );
}

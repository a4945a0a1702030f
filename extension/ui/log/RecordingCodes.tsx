// Both parties' recording codes for a session: the staff copy is hashed here from the chosen file
// (in a worker, with progress), the client's code is typed or read from their fingerprint file.
// Shows whether the latest codes of both parties match, and what to do when they do not.
import { useState } from 'preact/hooks';
import type { Entry } from '../../../shared/consent/entry.ts';
import { codeStatus, formatShortCode } from '../../../shared/consent/recording-codes.ts';
import { readFingerprintFile } from '../../../shared/fingerprint/fingerprint-file.ts';
import type { Language } from '../../../shared/rules/index.ts';
import { send } from '../../send.ts';
import { VerifierLink } from '../VerifierLink.tsx';
import { hashFileInWorker } from './hash-file.ts';
import { codeMatchText, lt } from './page-strings.ts';
import type { Session } from './sessions.ts';

interface Props {
  language: Language;
  session: Session;
  onAdded(entry: Entry): void;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function RecordingCodes({ language, session, onAdded }: Props) {
  const [typed, setTyped] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const codes = codeStatus(session.entries);

  const register = (party: 'staff' | 'client', code: string) =>
    send({
      type: 'log/register-code',
      session: { meetingKey: 'meetingKey' in session.key ? session.key.meetingKey : null, caseRef: session.caseRef },
      party,
      code,
      note: '',
    }).then(onAdded);

  const fail = (error: unknown) => setStatus(`${lt('failed', language)}: ${message(error)}`);

  const onStaffFile = (file: File | undefined) => {
    if (file === undefined) return;
    setStatus('');
    setProgress(0);
    hashFileInWorker(file, (bytes, total) => setProgress(total === 0 ? 1 : bytes / total))
      .then((code) => register('staff', code))
      .then(() => setProgress(null), (error: unknown) => (setProgress(null), fail(error)));
  };

  const onClientFile = (file: File | undefined) => {
    if (file === undefined) return;
    file
      .text()
      .then((text) => register('client', readFingerprintFile(text).file.sha256))
      .catch((error: unknown) => fail(new Error(`${file.name}: ${message(error)}`)));
  };

  const onTyped = (event: Event) => {
    event.preventDefault();
    register('client', typed).then(() => setTyped(''), fail);
  };

  const shown = (entry: typeof codes.staff) => (entry === null ? '—' : formatShortCode(entry.code ?? entry.shortCode ?? ''));

  return (
    <section aria-labelledby="codes-title" data-codes>
      <h2 id="codes-title">{lt('codes', language)}</h2>
      <p>
        {lt('staff', language)}: <code data-staff-code>{shown(codes.staff)}</code> · {lt('client', language)}: <code data-client-code>{shown(codes.client)}</code>
      </p>
      <p class={codes.match === 'differ' ? 'mismatch' : codes.match === 'match' ? 'match' : 'muted'} data-code-match={String(codes.match)} role="status">
        {codes.match === null ? lt('codesPending', language) : codeMatchText(codes.match, language)}
      </p>
      {codes.match !== 'match' && codes.match !== null && (
        <p>
          <VerifierLink language={language} />
        </p>
      )}
      <label for="staff-file">
        {lt('staffCopy', language)} <input id="staff-file" type="file" onChange={(event) => onStaffFile(event.currentTarget.files?.[0])} />
      </label>
      {progress !== null && (
        <label for="hash-progress">
          {lt('hashing', language)} <progress id="hash-progress" max={1} value={progress} data-hash-progress />
        </label>
      )}
      <form onSubmit={onTyped}>
        <label for="client-code">
          {lt('clientCode', language)} <input id="client-code" value={typed} onInput={(event) => setTyped(event.currentTarget.value)} />
        </label>
        <button type="submit">{lt('register', language)}</button>
      </form>
      <label for="client-file">
        {lt('clientFile', language)} <input id="client-file" type="file" accept=".json,application/json" onChange={(event) => onClientFile(event.currentTarget.files?.[0])} />
      </label>
      <p class="status error" role="alert">
        {status}
      </p>
    </section>
  );
}

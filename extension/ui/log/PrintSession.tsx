// The printable page of one session for the client file: a document with the session's entries in
// words, the span of the chain they sit in, the head hash, the receipt (the device's signed
// checkpoint at the session's last entry, with the key's fingerprint) and room for signatures.
import type { Checkpoint } from '../../../shared/consent/checkpoint.ts';
import type { SessionPrintModel } from '../../../shared/consent/print-model.ts';
import { formatShortCode } from '../../../shared/consent/recording-codes.ts';
import type { Language } from '../../../shared/rules/index.ts';
import { ReceiptView } from '../receipt/ReceiptView.tsx';
import { describeEntry, localTime } from './describe-entry.ts';
import { codeMatchText, lt } from './page-strings.ts';

export function PrintSession({ model, receipt, language }: { model: SessionPrintModel; receipt: Checkpoint; language: Language }) {
  const sessionName = 'caseRef' in model.session ? model.session.caseRef : formatShortCode(model.session.meetingKey);
  const { codes } = model;
  return (
    <article class="document" lang={language}>
      <header>
        <button type="button" class="no-print" onClick={() => window.print()}>
          {lt('printNow', language)}
        </button>
        <h1>{lt('printTitle', language)}</h1>
        <p>{lt('printIntro', language)}</p>
        <dl>
          <dt>{lt('session', language)}</dt>
          <dd data-print-session>{sessionName}</dd>
          <dt>{lt('caseRef', language)}</dt>
          <dd>{model.entries.find((entry) => entry.caseRef !== null)?.caseRef ?? '—'}</dd>
          <dt>{lt('span', language)}</dt>
          <dd data-print-span>
            {model.firstSeq} – {model.lastSeq}
            {model.otherEntries > 0 && ` (${model.otherEntries} ${lt('otherEntries', language)})`}
          </dd>
          <dt>{lt('exportedAt', language)}</dt>
          <dd>{localTime(model.exportedAt, language)}</dd>
        </dl>
      </header>
      <table>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{lt('time', language)}</th>
            <th scope="col">{lt('kind', language)}</th>
            <th scope="col">{lt('staff', language)}</th>
          </tr>
        </thead>
        <tbody>
          {model.entries.map((entry) => {
            const { title, details } = describeEntry(entry, language);
            return (
              <tr key={entry.seq} data-seq={entry.seq}>
                <td>{entry.seq}</td>
                <td>{localTime(entry.time, language)}</td>
                <td>
                  <strong>{title}</strong>
                  {details.length > 0 && <div>{details.join(' · ')}</div>}
                  {entry.note !== '' && <div class="note">{entry.note}</div>}
                </td>
                <td>{entry.staff}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {codes.match !== null && <p data-print-codes={codes.match}>{codeMatchText(codes.match, language)}</p>}
      <footer>
        <p>
          {lt('head', language)} (#{model.lastSeq}):
        </p>
        <p class="hash" data-print-head>
          {model.head}
        </p>
        <ReceiptView checkpoint={receipt} language={language} printable={false} />
        <div class="signatures">
          <div>{lt('signStaff', language)}</div>
          <div>{lt('signClient', language)}</div>
        </div>
      </footer>
    </article>
  );
}

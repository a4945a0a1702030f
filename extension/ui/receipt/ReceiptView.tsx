// A receipt on screen and on paper: the log position (sequence number), the head's first digits in
// groups for reading aloud, the device key's fingerprint, the time, the whole receipt line as a QR
// code, and the line itself to copy into the call's chat. Format: shared/consent/receipt.ts.
import { useState } from 'preact/hooks';
import type { Checkpoint } from '../../../shared/consent/checkpoint.ts';
import { groupHex, receiptLine, SPOKEN_HEAD_DIGITS } from '../../../shared/consent/receipt.ts';
import type { Language } from '../../../shared/rules/index.ts';
import { qrPath } from './qr-path.ts';
import { rt } from './receipt-strings.ts';

interface Props {
  checkpoint: Checkpoint;
  language: Language;
  /** Shows the print button (the print page has its own). */
  printable?: boolean;
}

export function ReceiptView({ checkpoint, language, printable = true }: Props) {
  const [status, setStatus] = useState('');
  const line = receiptLine(checkpoint);
  const qr = qrPath(line);
  const copy = () =>
    navigator.clipboard.writeText(line).then(
      () => setStatus(rt('copied', language)),
      () => setStatus(rt('copyFailed', language)),
    );
  return (
    <section class="receipt" aria-labelledby="receipt-title" data-receipt data-receipt-seq={checkpoint.seq}>
      <h2 id="receipt-title">{rt('title', language)}</h2>
      <p>{rt('intro', language)}</p>
      <div class="receipt-body">
        <dl>
          <dt>{rt('seq', language)}</dt>
          <dd data-receipt-field="seq">#{checkpoint.seq}</dd>
          <dt>{rt('head', language)}</dt>
          <dd class="hash" data-receipt-field="head">
            {groupHex(checkpoint.head, SPOKEN_HEAD_DIGITS)}
          </dd>
          <dt>{rt('key', language)}</dt>
          <dd class="hash" data-receipt-field="key">
            {groupHex(checkpoint.keyFingerprint, 16)}
          </dd>
          <dt>{rt('time', language)}</dt>
          <dd data-receipt-field="time">{new Date(checkpoint.time).toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB')}</dd>
        </dl>
        <svg class="qr" viewBox={`0 0 ${qr.size} ${qr.size}`} width="180" height="180" role="img" aria-label={rt('qr', language)} shape-rendering="crispEdges">
          <rect width={qr.size} height={qr.size} fill="#fff" />
          <path d={qr.d} fill="#000" />
        </svg>
      </div>
      <p>{rt('line', language)}:</p>
      <p class="receipt-line">
        <code data-receipt-line>{line}</code>
      </p>
      <p class="no-print row">
        <button type="button" data-copy-receipt onClick={() => void copy()}>
          {rt('copy', language)}
        </button>
        {printable && (
          <button type="button" data-print-receipt onClick={() => window.print()}>
            {rt('print', language)}
          </button>
        )}
        <span role="status">{status}</span>
      </p>
      <p class="muted">{rt('check', language)}</p>
    </section>
  );
}

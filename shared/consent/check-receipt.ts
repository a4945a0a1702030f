// Checks one receipt against a verified export: the export must hold the receipt's head at the
// receipt's sequence number, under the receipt's device key, and a signed receipt's signature must
// verify with that key. Each failure says what it means for the log.

import { checkpointSignatureValid } from './checkpoint.ts';
import type { ChainSpan, VerifiedSigning } from './check-signing.ts';
import type { Receipt } from './receipt.ts';

/** Null when the receipt agrees with the export, else the problem as a sentence. */
export async function receiptProblem(receipt: Receipt, span: ChainSpan, signing: VerifiedSigning | null): Promise<string | null> {
  if (signing === null) return 'the export carries no signatures (format 1), so it cannot show the device key of a receipt';
  if (!signing.keyFingerprint.startsWith(receipt.key)) {
    return `the export is signed by key ${signing.keyFingerprint.slice(0, 16)}…, not by the receipt's key ${receipt.key.slice(0, 16)}…`;
  }
  if (receipt.seq > span.head.seq) {
    return `the export ends at sequence ${span.head.seq}, before the receipt's sequence ${receipt.seq} (entries cut off at the end, or an older export)`;
  }
  const hash = span.hashes.get(receipt.seq);
  if (hash === undefined) return `the export covers sequences ${span.base.seq}–${span.head.seq}, not the receipt's sequence ${receipt.seq}`;
  if (!hash.startsWith(receipt.head)) {
    return `at sequence ${receipt.seq} the export holds head ${hash.slice(0, 20)}…, not the receipt's ${receipt.head.slice(0, 20)}…: the log was changed after the receipt was given`;
  }
  if (receipt.signature !== null && receipt.time !== null) {
    const point = { seq: receipt.seq, head: receipt.head, time: receipt.time, keyFingerprint: receipt.key, signature: receipt.signature };
    if (!(await checkpointSignatureValid(signing.key, point))) return "the receipt's signature does not verify with the export's key";
  }
  return null;
}

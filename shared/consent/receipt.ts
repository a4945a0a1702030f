// Receipts: a signed checkpoint as one line of text that a client keeps (documented in
// docs/consent-log.md, "Receipts"):
//   OPNAMEPACT-RECEIPT/1 seq=<n> head=<hex> key=<hex> time=<ISO UTC> sig=<base64>
// A receipt typed from paper may carry only the first digits of `head` (at least 20) and of `key`
// (at least 16), and no `time` or `sig`.

import type { Checkpoint } from './checkpoint.ts';
import { checkTime } from './fields.ts';

export const RECEIPT_PREFIX = 'OPNAMEPACT-RECEIPT/1';
/** 20 hex digits = 80 bits: too many to grind a matching prefix (a 48-bit one can be). */
export const MIN_HEAD_DIGITS = 20;
export const MIN_KEY_DIGITS = 16;
/** Digits of the head shown for reading aloud and typing. */
export const SPOKEN_HEAD_DIGITS = 24;

export interface Receipt {
  seq: number;
  /** Lowercase hex: the whole head, or its first digits. */
  head: string;
  /** Lowercase hex: the key fingerprint, or its first digits. */
  key: string;
  time: string | null;
  signature: string | null;
}

export class ReceiptError extends Error {
  override name = 'ReceiptError';
}

export function receiptLine(point: Checkpoint): string {
  return `${RECEIPT_PREFIX} seq=${point.seq} head=${point.head} key=${point.keyFingerprint} time=${point.time} sig=${point.signature}`;
}

/** Hex digits in groups of four, for reading aloud: "3f2a 9c01 b7de …". */
export function groupHex(hex: string, digits: number): string {
  return hex.slice(0, digits).match(/.{1,4}/g)?.join(' ') ?? '';
}

const FIELDS = ['seq', 'head', 'key', 'time', 'sig'] as const;
type Field = (typeof FIELDS)[number];

/** Reads the first line of `text` as a receipt; throws ReceiptError naming the problem. */
export function parseReceipt(text: string): Receipt {
  const line = (text.split(/\r?\n/)[0] ?? '').trim();
  const [prefix, ...tokens] = line.split(/\s+/);
  if (prefix !== RECEIPT_PREFIX) throw new ReceiptError(`not a receipt: it must start with ${RECEIPT_PREFIX}`);
  const values = new Map<Field, string>();
  for (const token of tokens) {
    const at = token.indexOf('=');
    const name = token.slice(0, at) as Field;
    if (at < 1 || !FIELDS.includes(name)) throw new ReceiptError(`malformed receipt: unknown part "${token.slice(0, 20)}"`);
    if (values.has(name)) throw new ReceiptError(`malformed receipt: "${name}" appears twice`);
    values.set(name, token.slice(at + 1));
  }
  const seqText = values.get('seq') ?? '';
  if (!/^(0|[1-9]\d{0,15})$/.test(seqText) || !Number.isSafeInteger(Number(seqText))) {
    throw new ReceiptError('malformed receipt: "seq" must be a whole number');
  }
  const head = hexPart(values.get('head'), 'head', MIN_HEAD_DIGITS);
  const key = hexPart(values.get('key'), 'key', MIN_KEY_DIGITS);
  const time = values.get('time') ?? null;
  if (time !== null && checkTime(time) !== null) throw new ReceiptError('malformed receipt: "time" must be an ISO UTC time');
  const signature = values.get('sig') ?? null;
  if (signature !== null && (time === null || head.length !== 64 || key.length !== 64)) {
    throw new ReceiptError('malformed receipt: a signed receipt needs its time and the whole head and key');
  }
  return { seq: Number(seqText), head, key, time, signature };
}

function hexPart(value: string | undefined, name: string, min: number): string {
  const digits = (value ?? '').toLowerCase().replace(/-/g, '');
  if (!/^[0-9a-f]*$/.test(digits) || digits.length < min || digits.length > 64) {
    throw new ReceiptError(`malformed receipt: "${name}" must be ${min} to 64 hex digits`);
  }
  return digits;
}

// Checks format 2's `signing`: the public key and its fingerprint, and every checkpoint — its
// signature, and that the chain really holds its head at its sequence number. A checkpoint is
// required at the head, and a session export must also start at one: its first `prev` is then the
// device's signed word, not whatever a forger chose.

import { fromBase64 } from './base64.ts';
import { checkpointSignatureValid, importPublicKey, keyFingerprint, type Checkpoint } from './checkpoint.ts';
import type { ChainPoint } from './entry.ts';
import { checkHex64, checkTime } from './fields.ts';

export interface ChainSpan {
  scope: 'all' | 'session';
  /** The point the export starts after (genesis, a retention cut, or a session's first `prev`). */
  base: ChainPoint;
  /** Hash at every sequence number from base.seq to the head. */
  hashes: ReadonlyMap<number, string>;
  head: ChainPoint;
}

export interface VerifiedSigning {
  key: CryptoKey;
  keyFingerprint: string;
  checkpoints: number;
}

type Item = Record<string, unknown>;
const isRecord = (value: unknown): value is Item => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The verified key, or the problem as a sentence. */
export async function checkSigning(signing: unknown, span: ChainSpan): Promise<VerifiedSigning | string> {
  if (!isRecord(signing)) return 'signatures missing: a format 2 export must carry "signing"';
  if (Object.keys(signing).sort().join() !== 'checkpoints,keyFingerprint,publicKey') return 'malformed "signing": expected publicKey, keyFingerprint and checkpoints';
  const spki = typeof signing['publicKey'] === 'string' ? fromBase64(signing['publicKey']) : null;
  const key = spki === null ? null : await importPublicKey(spki as Uint8Array<ArrayBuffer>);
  if (spki === null || key === null) return 'the public key is not a base64 SPKI ECDSA P-256 key';
  const fingerprint = keyFingerprint(spki);
  if (signing['keyFingerprint'] !== fingerprint) return 'the key fingerprint is not the SHA-256 of the public key';
  const checkpoints = signing['checkpoints'];
  if (!Array.isArray(checkpoints)) return 'malformed "signing": "checkpoints" is not a list';
  const signed = new Set<number>();
  for (const [index, value] of checkpoints.entries()) {
    const problem = await checkpointProblem(value, key, fingerprint, span);
    if (problem !== null) return `checkpoint ${index + 1}: ${problem}`;
    signed.add((value as Checkpoint).seq);
  }
  if (!signed.has(span.head.seq)) return `signatures missing: no signed checkpoint at the head (sequence ${span.head.seq})`;
  if (span.scope === 'session' && !signed.has(span.base.seq)) {
    return `signatures missing: a session export must start at a signed checkpoint (none at sequence ${span.base.seq})`;
  }
  return { key, keyFingerprint: fingerprint, checkpoints: checkpoints.length };
}

async function checkpointProblem(value: unknown, key: CryptoKey, fingerprint: string, span: ChainSpan): Promise<string | null> {
  if (!isRecord(value) || Object.keys(value).sort().join() !== 'head,keyFingerprint,seq,signature,time') return 'malformed checkpoint';
  const point = value as unknown as Checkpoint;
  if (!Number.isSafeInteger(point.seq) || checkHex64(point.head) !== null || checkTime(point.time) !== null || typeof point.signature !== 'string') {
    return 'malformed checkpoint';
  }
  if (point.keyFingerprint !== fingerprint) return `sequence ${point.seq} is signed by another key`;
  const hash = span.hashes.get(point.seq);
  if (hash === undefined) return `sequence ${point.seq} lies outside the export (${span.base.seq}–${span.head.seq})`;
  if (hash !== point.head) return `the log does not hold the signed head at sequence ${point.seq} (the log was changed after it was signed)`;
  return (await checkpointSignatureValid(key, point)) ? null : `the signature at sequence ${point.seq} does not verify`;
}

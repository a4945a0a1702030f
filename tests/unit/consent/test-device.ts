// A device key for the tests (WebCrypto, as in the extension) and signed exports made with it, the
// way the extension's store makes them: a checkpoint at the head, one where a session export
// starts, and any others (call ends, receipts) inside the span.

import { toBase64 } from '../../../shared/consent/base64.ts';
import { KEY_ALGORITHM, keyFingerprint, signCheckpoint, type Checkpoint } from '../../../shared/consent/checkpoint.ts';
import type { Entry } from '../../../shared/consent/entry.ts';
import { buildFullExport, buildSessionExport, checkpointsWithin, sessionSpan, type LogExport, type LogSigning, type SessionKey } from '../../../shared/consent/export-format.ts';
import { GENESIS } from '../../../shared/consent/chain.ts';

export const NOW = '2026-11-29T10:00:00.000Z';

export interface TestDevice {
  privateKey: CryptoKey;
  publicKey: string;
  fingerprint: string;
}

export async function newDevice(): Promise<TestDevice> {
  const pair = await crypto.subtle.generateKey(KEY_ALGORITHM, false, ['sign', 'verify']);
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  return { privateKey: pair.privateKey, publicKey: toBase64(spki), fingerprint: keyFingerprint(spki) };
}

/** Signs the point after entry `seq` of `log` (seq 0: genesis). */
export function signAt(device: TestDevice, log: readonly Entry[], seq: number, time = NOW): Promise<Checkpoint> {
  const hash = log.length === 0 ? GENESIS.hash : entryHashAt(log, seq);
  return signCheckpoint(device.privateKey, { seq, head: hash, time, keyFingerprint: device.fingerprint });
}

function entryHashAt(log: readonly Entry[], seq: number): string {
  const entry = log.find((candidate) => candidate.seq === seq);
  if (entry !== undefined) return entry.hash;
  const next = log.find((candidate) => candidate.seq === seq + 1);
  if (next !== undefined) return next.prev;
  throw new RangeError(`no chain point at ${seq}`);
}

function signing(device: TestDevice, checkpoints: Checkpoint[], from: number, to: number): LogSigning {
  return { publicKey: device.publicKey, keyFingerprint: device.fingerprint, checkpoints: checkpointsWithin(checkpoints, from, to) };
}

/** `extra`: checkpoints signed earlier (call ends, receipts); the head is signed here. */
export async function signedFullExport(device: TestDevice, log: readonly Entry[], extra: Checkpoint[] = []): Promise<LogExport> {
  const headSeq = log.at(-1)?.seq ?? 0;
  const base = log.length === 0 ? 0 : (log[0] as Entry).seq - 1;
  const head = await signAt(device, log, headSeq);
  return buildFullExport(log, NOW, signing(device, [...extra.filter((p) => p.seq !== headSeq), head], base, headSeq));
}

export async function signedSessionExport(device: TestDevice, log: readonly Entry[], key: SessionKey, extra: Checkpoint[] = []): Promise<LogExport | null> {
  const span = sessionSpan(log, key);
  if (span === null) return null;
  const first = log[span.first] as Entry;
  const last = log[span.last] as Entry;
  const points = [await signAt(device, log, first.seq - 1), await signAt(device, log, last.seq)];
  const bySeq = new Map([...extra, ...points].map((point) => [point.seq, point]));
  return buildSessionExport(log, key, NOW, signing(device, [...bySeq.values()], first.seq - 1, last.seq));
}

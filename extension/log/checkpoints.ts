// Signed checkpoints in the log database: sign the head at a chain point (once per head: a point
// already signed with that hash is reused), and gather the signing block an export carries.

import { signCheckpoint, type Checkpoint } from '../../shared/consent/checkpoint.ts';
import type { ChainPoint } from '../../shared/consent/entry.ts';
import { checkpointsWithin, type LogSigning } from '../../shared/consent/export-format.ts';
import { deviceKey } from './device-key.ts';
import { toStoreError } from './errors.ts';
import type { LogDatabase } from './schema.ts';

export async function checkpointAt(db: LogDatabase, point: ChainPoint, now: Date): Promise<Checkpoint> {
  const key = await deviceKey(db);
  const stored = await db.get('checkpoints', point.seq);
  if (stored !== undefined && stored.head === point.hash && stored.keyFingerprint === key.fingerprint) return stored;
  // Signing is awaited outside any transaction (WebCrypto would let it close).
  const signed = await signCheckpoint(key.privateKey, { seq: point.seq, head: point.hash, time: now.toISOString(), keyFingerprint: key.fingerprint });
  try {
    await db.put('checkpoints', signed);
  } catch (error) {
    // A full disk must not block an export, the way out of it: the signature holds unremembered.
    if (toStoreError(error).code !== 'quota') throw error;
  }
  return signed;
}

/** The key and the checkpoints from `fromSeq` (the point the export starts after) to `toSeq`. */
export async function signingWithin(db: LogDatabase, fromSeq: number, toSeq: number): Promise<LogSigning> {
  const key = await deviceKey(db);
  const all = await db.getAll('checkpoints', IDBKeyRange.bound(fromSeq, toSeq));
  const own = all.filter((point) => point.keyFingerprint === key.fingerprint);
  return { publicKey: key.publicKey, keyFingerprint: key.fingerprint, checkpoints: checkpointsWithin(own, fromSeq, toSeq) };
}

// The device key: an ECDSA P-256 key pair made on first use and kept in the log's IndexedDB. The
// private key is created non-extractable and stored as the CryptoKey object itself (structured
// clone), so its bytes can never be read out; it can only be used, here, to sign checkpoints.

import { toBase64 } from '../../shared/consent/base64.ts';
import { KEY_ALGORITHM, keyFingerprint } from '../../shared/consent/checkpoint.ts';
import type { DeviceKeyRecord, LogDatabase } from './schema.ts';

export interface DeviceKey {
  privateKey: CryptoKey;
  /** Base64 of the SPKI bytes, as exports carry it. */
  publicKey: string;
  fingerprint: string;
}

const fromRecord = (record: DeviceKeyRecord): DeviceKey => ({ privateKey: record.privateKey, publicKey: toBase64(record.spki), fingerprint: record.fingerprint });

export async function deviceKey(db: LogDatabase): Promise<DeviceKey> {
  const stored = await db.get('meta', 'device-key');
  if (stored !== undefined) return fromRecord(stored as DeviceKeyRecord);
  const pair = await crypto.subtle.generateKey(KEY_ALGORITHM, false, ['sign', 'verify']);
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  const record: DeviceKeyRecord = { id: 'device-key', privateKey: pair.privateKey, spki, fingerprint: keyFingerprint(spki) };
  // Two first uses at once: the first key written wins, and both callers use it.
  const tx = db.transaction('meta', 'readwrite');
  const winner = (await tx.store.get('device-key')) ?? (await tx.store.add(record), record);
  await tx.done;
  return fromRecord(winner as DeviceKeyRecord);
}

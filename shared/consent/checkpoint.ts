// Signed checkpoints: the device key's statement "at sequence number `seq` the log's head was
// `head`". The signed bytes are one line of text, so anyone can see exactly what was signed.
// ECDSA P-256 with SHA-256 through WebCrypto (`crypto.subtle`: browsers and Node 20 alike);
// signatures are WebCrypto's raw r‖s (64 bytes), base64.

import { fromBase64, toBase64 } from './base64.ts';
import { sha256Hex } from './chain.ts';

export interface Checkpoint {
  seq: number;
  head: string;
  /** ISO 8601 UTC time of signing, from the device clock. */
  time: string;
  /** SHA-256 (hex) of the public key's SPKI bytes. */
  keyFingerprint: string;
  /** Base64 of the ECDSA P-256 signature (r‖s) over `checkpointStatement`. */
  signature: string;
}

export type UnsignedCheckpoint = Omit<Checkpoint, 'signature'>;

export const CHECKPOINT_PREFIX = 'OPNAMEPACT-CHECKPOINT/1';
export const KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
export const SIGN_ALGORITHM = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** The exact bytes a checkpoint's signature covers. */
export function checkpointStatement(point: UnsignedCheckpoint): Uint8Array<ArrayBuffer> {
  const line = `${CHECKPOINT_PREFIX} seq=${point.seq} head=${point.head} key=${point.keyFingerprint} time=${point.time}`;
  return new TextEncoder().encode(line);
}

export function keyFingerprint(spki: Uint8Array): string {
  return sha256Hex(spki);
}

/** The public key from its SPKI bytes; null when they are not a P-256 ECDSA public key. */
export async function importPublicKey(spki: Uint8Array<ArrayBuffer>): Promise<CryptoKey | null> {
  try {
    return await crypto.subtle.importKey('spki', spki, KEY_ALGORITHM, true, ['verify']);
  } catch {
    return null;
  }
}

export async function checkpointSignatureValid(key: CryptoKey, point: Checkpoint): Promise<boolean> {
  const signature = fromBase64(point.signature);
  if (signature === null || signature.length !== 64) return false;
  return crypto.subtle.verify(SIGN_ALGORITHM, key, signature as Uint8Array<ArrayBuffer>, checkpointStatement(point));
}

export async function signCheckpoint(privateKey: CryptoKey, point: UnsignedCheckpoint): Promise<Checkpoint> {
  const signature = new Uint8Array(await crypto.subtle.sign(SIGN_ALGORITHM, privateKey, checkpointStatement(point)));
  return { ...point, signature: toBase64(signature) };
}

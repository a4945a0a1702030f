// The hash chain: entry.hash = SHA-256(canonical JSON of the entry without `hash`, which includes
// `seq` and `prev`). Hashing is synchronous (noble) so the IndexedDB store can seal an entry inside
// its transaction without awaiting anything that would let the transaction close.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { canonicalBytes } from './canonical-json.ts';
import { GENESIS_HASH, type ChainPoint, type Entry, type EntryDraft } from './entry.ts';

export const GENESIS: ChainPoint = { seq: 0, hash: GENESIS_HASH };

export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

/** The hash an entry must carry: over every field except `hash` itself. */
export function entryHash(entry: object): string {
  const { hash: _ignored, ...rest } = entry as Record<string, unknown>;
  return sha256Hex(canonicalBytes(rest));
}

/** Places a draft after `head`: next sequence number, link to the head, own hash. The field order
 *  (seq, time, kind first) only makes exports easier to read; the hash does not depend on it. */
export function sealEntry(draft: EntryDraft, head: ChainPoint): Entry {
  const unsealed = Object.assign({ seq: head.seq + 1, time: draft.time, kind: draft.kind }, draft, { prev: head.hash });
  return { ...unsealed, hash: entryHash(unsealed) } as Entry;
}

/** SHA-256 of a notice text as shown (UTF-8), for the entry's `noticeHash`. */
export function noticeHash(text: string): string {
  return sha256Hex(new TextEncoder().encode(text));
}

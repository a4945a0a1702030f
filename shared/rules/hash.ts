// Hashes that prove which information was shown: one over the whole catalogue, one per notice text.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../consent/canonical-json.ts';
import type { Catalogue } from './types.ts';

/** SHA-256 (lowercase hex) over the canonical JSON of the catalogue's rules and announcement. */
export function catalogueHash(catalogue: Catalogue): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson({ rules: catalogue.rules, announcement: catalogue.announcement }))));
}

/**
 * SHA-256 (lowercase hex) of one notice exactly as it was shown (UTF-8, NFC), so the consent log can
 * record which words the client was given without storing them again.
 */
export function noticeTextHash(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text.normalize('NFC'))));
}

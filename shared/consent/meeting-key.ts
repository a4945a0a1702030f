// The meeting key: a keyed hash of the platform's meeting id, so entries of one meeting group
// together without the log holding the meeting id or URL. The key is a per-install secret salt, so
// nobody can confirm a guessed meeting id against the log without the install's salt.

import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

export const MEETING_SALT_BYTES = 32;

/** HMAC-SHA-256(salt, platform + "\n" + meetingId), lowercase hex. */
export function meetingKey(salt: Uint8Array, platform: string, meetingId: string): string {
  if (salt.length < MEETING_SALT_BYTES) throw new RangeError(`the meeting salt must be at least ${MEETING_SALT_BYTES} bytes`);
  if (meetingId.length === 0) throw new RangeError('the meeting id is empty');
  return bytesToHex(hmac(sha256, salt, new TextEncoder().encode(`${platform}\n${meetingId}`)));
}

// The per-entry random value (format 2): 128 bits, so that the hash of an entry of another session
// cannot be matched by guessing that entry's content (F7).

export function newNonce(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

// The recording code: SHA-256 of the whole file in lowercase hex, exactly what `sha256sum` prints,
// so anyone can check it with standard tools. Streaming, so a 4 GB file never sits in memory.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

export class RecordingCode {
  private readonly hash = sha256.create();

  update(bytes: Uint8Array): this {
    this.hash.update(bytes);
    return this;
  }

  /** The code as 64 lowercase hex digits. Ends the stream. */
  digest(): string {
    return bytesToHex(this.hash.digest());
  }
}

export function recordingCodeOf(bytes: Uint8Array): string {
  return new RecordingCode().update(bytes).digest();
}

const CODE = /^[0-9a-f]{64}$/;

export function isRecordingCode(value: unknown): value is string {
  return typeof value === 'string' && CODE.test(value);
}

// The recording code of a file with node:crypto: the same SHA-256 as the shared RecordingCode, at
// native speed, read in large blocks so memory stays flat.
import { createHash } from 'node:crypto';
import { readAt, type OpenedInput } from './open-input.ts';

const BLOCK_BYTES = 8 * 1024 * 1024;

export async function codeOfInput(input: OpenedInput, onProgress?: (done: number, total: number) => void): Promise<string> {
  const hash = createHash('sha256');
  const buffer = new Uint8Array(BLOCK_BYTES);
  for (let offset = 0; offset < input.size; offset += BLOCK_BYTES) {
    const length = Math.min(BLOCK_BYTES, input.size - offset);
    hash.update(await readAt(input, offset, length, buffer.subarray(0, length)));
    onProgress?.(offset + length, input.size);
  }
  return hash.digest('hex');
}

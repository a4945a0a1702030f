// Field-by-field validation of a fingerprint file's sections. Each reader returns the typed value or
// throws a FingerprintFormatError naming the field ("file.bytes", "chunks.lengths", …).
import { checkWavFormat, WavHeaderError, type WavFormat, type WavHeader } from '../media/containers/wav-header.ts';
import { decodeBase64 } from './base64.ts';
import { CHUNK_HASH, CHUNK_HASH_BYTES, CHUNKING, type ChunkingParams } from './chunk-params.ts';
import type { ChunkList, FileInfo } from './fingerprint.ts';
import { FingerprintFormatError, isObject } from './fingerprint-format-error.ts';
import { isRecordingCode } from './recording-code.ts';
import { decodeVarints } from './varint.ts';

const WAV_FORMATS: readonly WavFormat[] = ['pcm', 'float', 'alaw', 'mulaw', 'other'];

function malformed(field: string, what: string): FingerprintFormatError {
  return new FingerprintFormatError('malformed', `fingerprint file's ${field} ${what}`);
}

function inconsistent(what: string): FingerprintFormatError {
  return new FingerprintFormatError('inconsistent', `fingerprint file contradicts itself: ${what}`);
}

function section(value: unknown, field: string): Record<string, unknown> {
  if (!isObject(value)) throw malformed(field, 'is missing or not an object');
  return value;
}

function integer(obj: Record<string, unknown>, field: string, path: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const v = obj[field];
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) {
    throw malformed(`${path}.${field}`, `must be a whole number from ${min} to ${max}`);
  }
  return v;
}

function string(obj: Record<string, unknown>, field: string, path: string, maxLength: number): string {
  const v = obj[field];
  if (typeof v !== 'string' || v.length > maxLength) throw malformed(`${path}.${field}`, `must be text of at most ${maxLength} characters`);
  return v;
}

export function readFile(value: unknown): FileInfo {
  const file = section(value, 'file');
  const name = string(file, 'name', 'file', 4096);
  const bytes = integer(file, 'bytes', 'file', 1);
  if (!isRecordingCode(file.sha256)) throw malformed('file.sha256', 'must be 64 lowercase hex digits');
  const container = file.container;
  if (container !== null && (typeof container !== 'string' || !/^[a-z0-9-]{1,32}$/.test(container))) {
    throw malformed('file.container', 'must be null or a short lowercase name');
  }
  const duration = file.duration;
  if (duration !== null && (typeof duration !== 'number' || !Number.isFinite(duration) || duration < 0)) {
    throw malformed('file.duration', 'must be null or a number of seconds');
  }
  const wav = file.wav === undefined || file.wav === null ? null : readWav(file.wav, bytes);
  if (wav) {
    if (container !== 'wav') throw inconsistent(`file.wav is present but file.container is ${JSON.stringify(container)}`);
    if (duration === null || Math.abs(duration - wav.duration) > 1e-6) {
      throw inconsistent(`file.duration ${duration} differs from the WAV header's ${wav.duration} seconds`);
    }
  }
  return { name, bytes, sha256: file.sha256, container, duration, wav };
}

function readWav(value: unknown, fileBytes: number): WavHeader {
  const w = section(value, 'file.wav');
  const container = w.container;
  if (container !== 'riff' && container !== 'rf64') throw malformed('file.wav.container', 'must be "riff" or "rf64"');
  const format = w.format;
  if (typeof format !== 'string' || !WAV_FORMATS.includes(format as WavFormat)) {
    throw malformed('file.wav.format', `must be one of ${WAV_FORMATS.join(', ')}`);
  }
  if (typeof w.extensible !== 'boolean') throw malformed('file.wav.extensible', 'must be true or false');
  const fmt = {
    format: format as WavFormat,
    formatTag: integer(w, 'formatTag', 'file.wav', 0, 0xffff),
    extensible: w.extensible,
    channels: integer(w, 'channels', 'file.wav', 1, 0xffff),
    sampleRate: integer(w, 'sampleRate', 'file.wav', 1, 0xffffffff),
    bitsPerSample: integer(w, 'bitsPerSample', 'file.wav', 0, 0xffff),
    blockAlign: integer(w, 'blockAlign', 'file.wav', 1, 0xffff),
  };
  try {
    checkWavFormat(fmt);
  } catch (e) {
    if (e instanceof WavHeaderError) throw inconsistent(`file.wav: ${e.message}`);
    throw e;
  }
  const dataOffset = integer(w, 'dataOffset', 'file.wav', 12);
  const dataBytes = integer(w, 'dataBytes', 'file.wav', 0);
  if (dataOffset + dataBytes > fileBytes) {
    throw inconsistent(`file.wav says the audio ends at byte ${dataOffset + dataBytes}, beyond the file's ${fileBytes} bytes`);
  }
  const frames = Math.floor(dataBytes / fmt.blockAlign);
  return { container, ...fmt, dataOffset, dataBytes, frames, duration: frames / fmt.sampleRate };
}

export function readChunking(value: unknown): ChunkingParams {
  const c = section(value, 'chunking');
  if (c.algorithm !== CHUNKING.algorithm) {
    throw new FingerprintFormatError(
      'unsupported',
      `fingerprint file was chunked with ${JSON.stringify(c.algorithm)}; this Opnamepact knows "${CHUNKING.algorithm}"`,
    );
  }
  if (c.min !== CHUNKING.min || c.avg !== CHUNKING.avg || c.max !== CHUNKING.max) {
    throw new FingerprintFormatError(
      'unsupported',
      `fingerprint file's chunk sizes ${c.min}/${c.avg}/${c.max} differ from ${CHUNKING.algorithm}'s ${CHUNKING.min}/${CHUNKING.avg}/${CHUNKING.max}`,
    );
  }
  return { ...CHUNKING };
}

/**
 * @param boundaries where chunking restarted (WAV audio data); a chunk ending there may be short,
 *   and each must be the end of a chunk
 */
export function readChunks(value: unknown, fileBytes: number, boundaries: readonly number[]): ChunkList {
  const c = section(value, 'chunks');
  const { min, max } = CHUNKING;
  // Every chunk but the last of each stretch between boundaries is at least `min` long.
  const count = integer(c, 'count', 'chunks', 1, Math.ceil(fileBytes / min) + boundaries.length);
  if (c.hash !== CHUNK_HASH) throw malformed('chunks.hash', `must be "${CHUNK_HASH}"`);
  const lengthBytes = typeof c.lengths === 'string' ? decodeBase64(c.lengths) : null;
  if (!lengthBytes) throw malformed('chunks.lengths', 'must be base64');
  const lengths = decodeVarints(lengthBytes, count, 3);
  if (typeof lengths === 'string') throw malformed('chunks.lengths', `is damaged: ${lengths}`);
  const mustEnd = new Set(boundaries);
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const length = lengths[i]!;
    sum += length;
    const mayBeShort = i === count - 1 || mustEnd.delete(sum);
    if (length > max || length < (mayBeShort ? 1 : min)) {
      throw inconsistent(`chunk ${i} is ${length} bytes; chunks are ${min} to ${max} bytes (only the last before a boundary may be shorter)`);
    }
  }
  if (sum !== fileBytes) throw inconsistent(`the chunk lengths add up to ${sum} bytes, but file.bytes is ${fileBytes}`);
  if (mustEnd.size > 0) throw inconsistent(`no chunk ends where the WAV audio data starts or ends (byte ${[...mustEnd].join(', ')})`);
  const hashes = typeof c.hashes === 'string' ? decodeBase64(c.hashes) : null;
  if (!hashes) throw malformed('chunks.hashes', 'must be base64');
  if (hashes.length !== count * CHUNK_HASH_BYTES) {
    throw inconsistent(`chunks.hashes holds ${hashes.length} bytes; ${count} chunks need ${count * CHUNK_HASH_BYTES}`);
  }
  return { lengths, hashes };
}

// Fingerprint file v2 (JSON), documented in docs/formats.md. Writing is plain; reading trusts
// nothing: every field is checked and the parts must agree with each other (chunk lengths sum to the
// file size, the WAV header fits the file, …), so a damaged or doctored fingerprint is refused with
// a clear message instead of producing a wrong comparison.
import { encodeBase64 } from './base64.ts';
import { CHUNK_HASH } from './chunk-params.ts';
import { chunkBoundaries } from './describe-file.ts';
import type { Fingerprint } from './fingerprint.ts';
import { readChunks, readChunking, readFile } from './fingerprint-file-fields.ts';
import { FingerprintFormatError, isObject } from './fingerprint-format-error.ts';
import { readPcmSection, writePcmSection } from './pcm-blocks.ts';
import { encodeVarints } from './varint.ts';

export const FINGERPRINT_FORMAT = 'opnamepact-fingerprint';
/** Version 2 adds the optional `pcm` section; version 1 files are read as they are. */
export const FINGERPRINT_VERSION = 2;
const READABLE_VERSIONS: readonly unknown[] = [1, 2];
/** Files larger than this are refused before parsing: about 40 GB of recording at 64 KiB chunks. */
export const MAX_FINGERPRINT_FILE_BYTES = 64 * 1024 * 1024;

/** Validates an optional section owned by another layer; throws (any Error) when it is invalid. */
export type SectionValidator = (value: unknown, fingerprint: Fingerprint) => unknown;

export interface ReadOptions {
  /** Validators for the reserved sections; a section without one is kept as it is. */
  sections?: { packets?: SectionValidator; audio?: SectionValidator; tracks?: SectionValidator; video?: SectionValidator };
}

export function writeFingerprintFile(fp: Fingerprint): string {
  return [...fingerprintFilePieces(fp)].join('');
}

/**
 * The fingerprint file's text a top-level field at a time, joined the very text JSON.stringify with
 * an indent of 2 gives: a writer holds one section's text at a time, not the whole file's (15 MB for
 * three hours of video, and as much again on its way to the disk).
 */
export function* fingerprintFilePieces(fp: Fingerprint): Generator<string> {
  const fields = Object.entries(fingerprintObject(fp)).filter(([, value]) => value !== undefined);
  yield '{\n';
  for (const [k, [key, value]] of fields.entries()) {
    // JSON strings hold no raw line breaks, so every one in the value's text starts a line to indent.
    yield `  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}${k < fields.length - 1 ? ',' : ''}\n`;
  }
  yield '}\n';
}

function fingerprintObject(fp: Fingerprint): Record<string, unknown> {
  const { file, chunks } = fp;
  const out: Record<string, unknown> = {
    format: FINGERPRINT_FORMAT,
    version: FINGERPRINT_VERSION,
    file: {
      name: file.name,
      bytes: file.bytes,
      sha256: file.sha256,
      container: file.container,
      duration: file.duration,
      wav: file.wav && {
        container: file.wav.container,
        format: file.wav.format,
        formatTag: file.wav.formatTag,
        extensible: file.wav.extensible,
        channels: file.wav.channels,
        sampleRate: file.wav.sampleRate,
        bitsPerSample: file.wav.bitsPerSample,
        blockAlign: file.wav.blockAlign,
        dataOffset: file.wav.dataOffset,
        dataBytes: file.wav.dataBytes,
      },
    },
    chunking: fp.chunking,
    chunks: {
      count: chunks.lengths.length,
      hash: CHUNK_HASH,
      lengths: encodeBase64(encodeVarints(chunks.lengths)),
      hashes: encodeBase64(chunks.hashes),
    },
  };
  if (fp.packets !== undefined) out.packets = fp.packets;
  if (fp.tracks !== undefined) out.tracks = fp.tracks;
  if (fp.video !== undefined) out.video = fp.video;
  if (fp.audio !== undefined) out.audio = fp.audio;
  if (fp.pcm !== undefined) out.pcm = writePcmSection(fp.pcm);
  return out;
}

/** @throws FingerprintFormatError with a message that says what is wrong */
export function readFingerprintFile(text: string, options: ReadOptions = {}): Fingerprint {
  if (text.length > MAX_FINGERPRINT_FILE_BYTES) {
    throw new FingerprintFormatError('too-large', `fingerprint file is larger than ${MAX_FINGERPRINT_FILE_BYTES / 1024 / 1024} MiB`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new FingerprintFormatError('malformed', 'not a fingerprint file: not valid JSON');
  }
  if (!isObject(data) || data.format !== FINGERPRINT_FORMAT) {
    throw new FingerprintFormatError('malformed', `not an Opnamepact fingerprint file (no "format": "${FINGERPRINT_FORMAT}")`);
  }
  const version = data.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > FINGERPRINT_VERSION) {
    throw new FingerprintFormatError(
      'newer-version',
      `fingerprint file version ${version} was made by a newer Opnamepact; this one reads version ${FINGERPRINT_VERSION}: update Opnamepact`,
    );
  }
  if (!READABLE_VERSIONS.includes(version)) {
    throw new FingerprintFormatError('malformed', `fingerprint file has an invalid version (${JSON.stringify(version)})`);
  }
  const file = readFile(data.file);
  const chunking = readChunking(data.chunking);
  const fp: Fingerprint = { file, chunking, chunks: readChunks(data.chunks, file.bytes, chunkBoundaries(file, file.bytes)) };
  for (const name of ['packets', 'tracks', 'video', 'audio'] as const) {
    if (data[name] === undefined) continue;
    const validate = options.sections?.[name];
    try {
      fp[name] = validate ? validate(data[name], fp) : data[name];
    } catch (e) {
      if (e instanceof FingerprintFormatError) throw e;
      throw new FingerprintFormatError('malformed', `fingerprint file's "${name}" section: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (data.pcm !== undefined) {
    try {
      fp.pcm = readPcmSection(data.pcm, file.wav);
    } catch (e) {
      throw new FingerprintFormatError('malformed', `fingerprint file's "pcm" section: ${(e as Error).message}`);
    }
  }
  return fp;
}

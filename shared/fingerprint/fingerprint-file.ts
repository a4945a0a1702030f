// Fingerprint file v2 (JSON), documented in docs/formats.md. Writing is fingerprint-file-writer.ts's; reading trusts
// nothing: every field is checked and the parts must agree with each other (chunk lengths sum to the
// file size, the WAV header fits the file, …), so a damaged or doctored fingerprint is refused with
// a clear message instead of producing a wrong comparison.
import { chunkBoundaries } from './describe-file.ts';
import type { Fingerprint } from './fingerprint.ts';
import { FINGERPRINT_FORMAT, FINGERPRINT_VERSION, FingerprintFileWriter, SECTION_ORDER } from './fingerprint-file-writer.ts';
import { readChunks, readChunking, readFile } from './fingerprint-file-fields.ts';
import { FingerprintFormatError, isObject } from './fingerprint-format-error.ts';
import { readPcmSection, writePcmSection } from './pcm-blocks.ts';

export { FINGERPRINT_FORMAT, FINGERPRINT_VERSION };

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
  return fingerprintFilePieces(fp).join('');
}

/** The fingerprint file's text in pieces (FingerprintFileWriter): a writer holds one section's text at a time, not the whole file's. */
export function fingerprintFilePieces(fp: Fingerprint): string[] {
  const pieces: string[] = [];
  const writer = new FingerprintFileWriter(fp, (piece) => pieces.push(piece));
  for (const name of SECTION_ORDER) writer.section(name, name === 'pcm' ? fp.pcm && writePcmSection(fp.pcm) : fp[name]);
  writer.end();
  return pieces;
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

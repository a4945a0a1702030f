// The fingerprint file written as its parts become ready, in the file's order: the head (format,
// version, file, chunking, chunks), then each section as its layer finishes it. A writer that sends
// each part on and drops it holds one section at a time, not the whole file (15 MB for three hours
// of video): the CLI's memory then does not grow with the recording at its end. The text is the
// very text JSON.stringify(file, null, 2) gives (tested); a section's long plain strings (its
// base64) go out as pieces of their own, never copied into a larger string, and its Base64Bytes as
// their base64 a slice at a time.
import { base64Slices, Base64Bytes, encodeBase64 } from './base64.ts';
import { CHUNK_HASH } from './chunk-params.ts';
import type { Fingerprint } from './fingerprint.ts';
import { encodeVarints } from './varint.ts';

export const FINGERPRINT_FORMAT = 'opnamepact-fingerprint';
/** Version 2 adds the optional `pcm` section; version 1 files are read as they are. */
export const FINGERPRINT_VERSION = 2;

/** The sections after the head, in the file's order. */
export const SECTION_ORDER = ['packets', 'tracks', 'video', 'audio', 'pcm'] as const;
export type SectionName = (typeof SECTION_ORDER)[number];

/** Strings at least this long that need no escaping are written as pieces of their own. */
const LONG_STRING = 1024;
/** Printable ASCII but `"` and `\`: the characters JSON.stringify writes as they are. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

export class FingerprintFileWriter {
  /** The index in SECTION_ORDER after the last section written. */
  private next = 0;
  private ended = false;

  /** Writes the head at once. */
  constructor(
    fp: Pick<Fingerprint, 'file' | 'chunking' | 'chunks'>,
    private readonly emit: (text: string) => void,
  ) {
    const { file, chunks } = fp;
    const wav = file.wav;
    const head: Record<string, unknown> = {
      format: FINGERPRINT_FORMAT,
      version: FINGERPRINT_VERSION,
      file: {
        name: file.name,
        bytes: file.bytes,
        sha256: file.sha256,
        container: file.container,
        duration: file.duration,
        wav: wav && {
          container: wav.container,
          format: wav.format,
          formatTag: wav.formatTag,
          extensible: wav.extensible,
          channels: wav.channels,
          sampleRate: wav.sampleRate,
          bitsPerSample: wav.bitsPerSample,
          blockAlign: wav.blockAlign,
          dataOffset: wav.dataOffset,
          dataBytes: wav.dataBytes,
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
    Object.entries(head).forEach(([key, value], k) => this.field(k === 0 ? '{\n' : ',\n', key, value));
  }

  /** Writes a section; sections come in SECTION_ORDER, each at most once, and an undefined one is left out. */
  section(name: SectionName, value: unknown): void {
    const at = SECTION_ORDER.indexOf(name);
    if (this.ended || at < this.next) throw new Error(`fingerprint file: section "${name}" after ${this.ended ? 'the end' : `"${SECTION_ORDER[this.next - 1]}"`}`);
    this.next = at + 1;
    if (value !== undefined) this.field(',\n', name, value);
  }

  end(): void {
    if (this.ended) throw new Error('fingerprint file: ended twice');
    this.ended = true;
    this.emit('\n}\n');
  }

  private field(before: string, key: string, value: unknown): void {
    this.emit(`${before}  ${JSON.stringify(key)}: `);
    for (const piece of jsonPieces(value, '  ')) this.emit(piece);
  }
}

/**
 * `JSON.stringify(value, null, 2)` with every line after the first indented by `indent`, in pieces:
 * plain arrays and objects are walked, long plain strings are pieces of their own, anything else
 * (numbers, short strings, objects with toJSON or of a class) is JSON.stringify's own text.
 */
function* jsonPieces(value: unknown, indent: string): Generator<string> {
  if (value instanceof Base64Bytes) {
    yield '"';
    yield* base64Slices(value.bytes);
    yield '"';
  } else if (typeof value === 'string' && value.length >= LONG_STRING && PLAIN.test(value)) {
    yield '"';
    yield value;
    yield '"';
  } else if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    const inner = `${indent}  `;
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '[' : ','}\n${inner}`;
      const item: unknown = value[i];
      yield* jsonPieces(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item, inner);
    }
    yield `\n${indent}]`;
  } else if (isPlainObject(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
    if (entries.length === 0) {
      yield '{}';
      return;
    }
    const inner = `${indent}  `;
    for (const [k, [key, item]] of entries.entries()) {
      yield `${k === 0 ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
      yield* jsonPieces(item, inner);
    }
    yield `\n${indent}}`;
  } else {
    yield (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || 'toJSON' in value) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

// The RIFF/WAVE and RF64 header: where the samples are and how bytes map to time. Parsed from the
// first bytes of a file (the caller passes e.g. the first 64 KiB and the real file size), so it works
// over any ByteSource or stream without reading the file. A header that contradicts itself is
// rejected with a WavHeaderError: byte→time maps built on a lie would place edits at the wrong
// minute. A file shorter than its header says is a recording cut off (a stopped recorder, an
// interrupted copy): its samples are what is there, and `missingBytes` says how much is not. A
// data size of 0 or 0xFFFFFFFF is what a recorder writing to a pipe leaves: the data runs to the
// end of the file, as FFmpeg reads it.

/** How many leading bytes a caller should pass; headers with large metadata chunks may need more. */
export const WAV_HEAD_BYTES = 64 * 1024;

export type WavContainer = 'riff' | 'rf64';
/** The sample encoding; for WAVE_FORMAT_EXTENSIBLE this is the sub-format's. */
export type WavFormat = 'pcm' | 'float' | 'alaw' | 'mulaw' | 'other';

export interface WavHeader {
  container: WavContainer;
  format: WavFormat;
  /** The effective format tag (the sub-format's for EXTENSIBLE): 1 = PCM, 3 = IEEE float, … */
  formatTag: number;
  extensible: boolean;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  /** Bytes per frame (one sample of every channel). */
  blockAlign: number;
  /** File offset of the first sample byte. */
  dataOffset: number;
  /** Length of the sample data in bytes. */
  dataBytes: number;
  /** Whole frames in the data chunk. */
  frames: number;
  /** Seconds: frames / sampleRate. */
  duration: number;
  /** Bytes of audio the header claims beyond the end of the file (the copy stops early); absent when none. */
  missingBytes?: number;
  /** The header gives no data size (0 or 0xFFFFFFFF, written to a pipe): the data runs to the end of the file. */
  streamed?: boolean;
  /** Compressed formats (ADPCM, GSM): samples per channel that each `blockAlign` bytes decode to; absent for PCM. */
  samplesPerBlock?: number;
  /** The `fact` chunk's sample count per channel, when there is one (compressed formats need it for the last block). */
  factSamples?: number;
}

export type WavHeaderProblem =
  | 'not-wav'
  | 'head-too-short'
  | 'truncated'
  | 'missing-fmt'
  | 'bad-fmt'
  | 'missing-ds64'
  | 'data-beyond-file'
  | 'chunk-beyond-file';

export class WavHeaderError extends Error {
  override readonly name = 'WavHeaderError';
  constructor(
    readonly problem: WavHeaderProblem,
    message: string,
    /** For 'head-too-short': pass at least this many leading bytes and parse again. */
    readonly neededBytes?: number,
  ) {
    super(message);
  }
}

const FORMAT_BY_TAG: Readonly<Record<number, WavFormat>> = { 1: 'pcm', 3: 'float', 6: 'alaw', 7: 'mulaw' };
const EXTENSIBLE_TAG = 0xfffe;
const U32_MAX = 0xffffffff;

/** True when the bytes start like a WAV file ("RIFF"/"RF64" … "WAVE"). */
export function isWavSignature(head: Uint8Array): boolean {
  if (head.length < 12) return false;
  const id = ascii(head, 0);
  return (id === 'RIFF' || id === 'RF64') && ascii(head, 8) === 'WAVE';
}

/**
 * Parses the header of a WAV file from its leading bytes.
 * @param head the first bytes of the file (at least up to the start of the data chunk)
 * @param fileSize the size of the whole file, to catch headers that claim more than is there
 * @throws WavHeaderError for anything that is not a consistent WAV header
 */
export function parseWavHeader(head: Uint8Array, fileSize: number): WavHeader {
  if (!isWavSignature(head)) throw new WavHeaderError('not-wav', 'not a WAV file (no RIFF/RF64 WAVE signature)');
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const container: WavContainer = ascii(head, 0) === 'RF64' ? 'rf64' : 'riff';
  const riffSize32 = view.getUint32(4, true);
  let ds64: { riffSize: number; dataSize: number } | null = null;
  let fmt: WavFmt | null = null;
  let samplesPerBlock: number | undefined;
  let factSamples: number | undefined;

  let pos = 12;
  for (;;) {
    if (pos + 8 > fileSize) {
      throw new WavHeaderError('truncated', 'WAV header is truncated: no data chunk before the end of the file');
    }
    need(head, pos + 8);
    const id = ascii(head, pos);
    const size32 = view.getUint32(pos + 4, true);
    const body = pos + 8;
    if (id === 'data') {
      if (!fmt) throw new WavHeaderError('missing-fmt', 'WAV header has no fmt chunk before the data chunk');
      let dataBytes = size32;
      const streamed = container === 'riff' && (size32 === U32_MAX || size32 === 0);
      if (container === 'rf64' && size32 === U32_MAX) {
        if (!ds64) throw new WavHeaderError('missing-ds64', 'RF64 file has no ds64 chunk with the data size');
        dataBytes = ds64.dataSize;
      }
      if (streamed) dataBytes = fileSize - body;
      const missingBytes = Math.max(0, body + dataBytes - fileSize);
      dataBytes -= missingBytes;
      const header: WavHeader = { container, ...fmt, dataOffset: body, dataBytes, ...framesOf(fmt, dataBytes, samplesPerBlock, factSamples) };
      if (missingBytes > 0) header.missingBytes = missingBytes;
      if (streamed) header.streamed = true;
      if (samplesPerBlock !== undefined) header.samplesPerBlock = samplesPerBlock;
      if (factSamples !== undefined) header.factSamples = factSamples;
      return header;
    }
    if (body + size32 > fileSize) {
      throw new WavHeaderError('chunk-beyond-file', `WAV chunk "${printable(id)}" at byte ${pos} runs past the end of the file (truncated or lying header)`);
    }
    if (id === 'ds64' && container === 'rf64') {
      need(head, body + 16);
      ds64 = { riffSize: u64(view, body), dataSize: u64(view, body + 8) };
    } else if (id === 'fmt ') {
      need(head, body + Math.min(size32, 40));
      fmt = parseFmt(view, body, size32);
      samplesPerBlock = compressedSamplesPerBlock(view, body, size32, fmt);
    } else if (id === 'fact' && size32 >= 4) {
      need(head, body + 4);
      factSamples = view.getUint32(body, true);
    }
    pos = body + size32 + (size32 & 1);
  }
}

/** Where a WAV cut short stops and why, or null when its data chunk is whole. */
export function wavEndsEarly(h: WavHeader): { offset: number; time: number; reason: string } | null {
  if (!h.missingBytes) return null;
  return { offset: h.dataOffset + h.dataBytes, time: h.duration, reason: `the WAV header promises ${h.missingBytes} more bytes of audio than the file holds` };
}

/** Format tags of compressed WAV whose blocks decode to a fixed number of samples (IMA/MS ADPCM, GSM 6.10). */
const BLOCK_CODECS: Readonly<Record<number, string>> = { 0x2: 'adpcm-ms', 0x11: 'adpcm-ima-wav', 0x31: 'gsm-ms' };

/** FFmpeg's name of a compressed format's codec, or null when it is not one of BLOCK_CODECS. */
export function wavBlockCodec(formatTag: number): string | null {
  return BLOCK_CODECS[formatTag] ?? null;
}

/**
 * Samples per block of a block codec: from the fmt chunk's extension (wSamplesPerBlock, which
 * ADPCM and GSM writers fill in), else GSM 6.10's fixed 320 per 65 bytes.
 */
function compressedSamplesPerBlock(view: DataView, at: number, size: number, fmt: WavFmt): number | undefined {
  if (wavBlockCodec(fmt.formatTag) === null) return undefined;
  const stated = size >= 20 && view.getUint16(at + 16, true) >= 2 ? view.getUint16(at + 18, true) : 0;
  if (stated > 0) return stated;
  if (fmt.formatTag === 0x31) return 320;
  throw new WavHeaderError('bad-fmt', `WAV fmt chunk of format 0x${fmt.formatTag.toString(16)} does not say how many samples a block holds`);
}

/** Frames (samples per channel) and seconds of the data: whole blocks, a compressed file's cut to its `fact` count. */
function framesOf(fmt: WavFmt, dataBytes: number, samplesPerBlock: number | undefined, factSamples: number | undefined): { frames: number; duration: number } {
  const blocks = Math.floor(dataBytes / fmt.blockAlign);
  let frames = blocks * (samplesPerBlock ?? 1);
  // fact counts the samples of the whole recording; a copy cut short has fewer.
  if (samplesPerBlock !== undefined && factSamples !== undefined) frames = Math.min(frames, factSamples);
  return { frames, duration: frames / fmt.sampleRate };
}

/** Seconds from the start of the audio for a file byte offset, clamped to the data chunk. */
export function byteToSeconds(header: WavHeader, byteOffset: number): number {
  const inData = Math.min(Math.max(byteOffset - header.dataOffset, 0), header.dataBytes);
  return inData / header.blockAlign / header.sampleRate;
}

/** The file byte offset of the frame at `seconds` (rounded down to a whole frame), clamped to the data chunk. */
export function secondsToByte(header: WavHeader, seconds: number): number {
  const frame = Math.min(Math.max(Math.floor(seconds * header.sampleRate), 0), header.frames);
  return header.dataOffset + frame * header.blockAlign;
}

export type WavFmt = Pick<WavHeader, 'format' | 'formatTag' | 'extensible' | 'channels' | 'sampleRate' | 'bitsPerSample' | 'blockAlign'>;

function parseFmt(view: DataView, at: number, size: number): WavFmt {
  if (size < 16) throw new WavHeaderError('bad-fmt', `WAV fmt chunk is ${size} bytes, expected at least 16`);
  let formatTag = view.getUint16(at, true);
  const extensible = formatTag === EXTENSIBLE_TAG;
  if (extensible) {
    if (size < 40 || view.getUint16(at + 16, true) < 22) {
      throw new WavHeaderError('bad-fmt', 'WAV fmt chunk says EXTENSIBLE but has no sub-format');
    }
    // The sub-format GUID starts with the ordinary format tag.
    formatTag = view.getUint16(at + 24, true);
  }
  const fmt: WavFmt = {
    format: FORMAT_BY_TAG[formatTag] ?? 'other',
    formatTag,
    extensible,
    channels: view.getUint16(at + 2, true),
    sampleRate: view.getUint32(at + 4, true),
    blockAlign: view.getUint16(at + 12, true),
    bitsPerSample: view.getUint16(at + 14, true),
  };
  return checkWavFormat(fmt);
}

/** Checks that a format description is usable (no zero sizes, a block size that fits the samples). */
export function checkWavFormat<T extends WavFmt>(fmt: T): T {
  if (fmt.channels === 0) throw new WavHeaderError('bad-fmt', 'WAV fmt chunk says 0 channels');
  if (fmt.sampleRate === 0) throw new WavHeaderError('bad-fmt', 'WAV fmt chunk says a sample rate of 0');
  if (fmt.blockAlign === 0) throw new WavHeaderError('bad-fmt', 'WAV fmt chunk says a block size (blockAlign) of 0');
  if (fmt.format !== 'other') {
    if (fmt.bitsPerSample === 0) throw new WavHeaderError('bad-fmt', 'WAV fmt chunk says 0 bits per sample');
    const expected = fmt.channels * Math.ceil(fmt.bitsPerSample / 8);
    if (fmt.blockAlign !== expected) {
      throw new WavHeaderError(
        'bad-fmt',
        `WAV fmt chunk says ${fmt.blockAlign} bytes per frame, but ${fmt.channels} channels of ${fmt.bitsPerSample} bits need ${expected}`,
      );
    }
  }
  return fmt;
}

function need(head: Uint8Array, end: number): void {
  if (end > head.length) {
    throw new WavHeaderError('head-too-short', `WAV header continues past the first ${head.length} bytes`, end);
  }
}

function u64(view: DataView, at: number): number {
  // Exact up to 2^53 bytes, far beyond any recording.
  return view.getUint32(at + 4, true) * 2 ** 32 + view.getUint32(at, true);
}

function ascii(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(bytes[at] ?? 0, bytes[at + 1] ?? 0, bytes[at + 2] ?? 0, bytes[at + 3] ?? 0);
}

function printable(id: string): string {
  return id.replace(/[^\x20-\x7e]/g, '?');
}

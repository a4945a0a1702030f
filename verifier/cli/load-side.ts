// One side of a comparison: a fingerprint file (JSON, first character "{") or any other file, which
// is fingerprinted on the spot and kept open so the comparison can read byte ranges from it. A file
// brings its packet table (already read in the fingerprint pass) and its byte→time map; its audio is
// decoded only if the audio layer is asked (loadAudio), its picture and further sound tracks only
// when their packets cannot decide (loadPicture, loadTrackSound).
import { outsideTheStream } from '../../shared/compare/hidden-streams.ts';
import { wavEndsEarly } from '../../shared/media/containers/wav-header.ts';
import { createByteTimeMap } from '../../shared/media/byte-time-map.ts';
import type { CompareInput } from '../../shared/compare/layer.ts';
import { MAX_FINGERPRINT_FILE_BYTES, readFingerprintFile } from '../../shared/fingerprint/fingerprint-file.ts';
import { FingerprintFormatError } from '../../shared/fingerprint/fingerprint-format-error.ts';
import { readPacketSection } from '../../shared/media/packets/packet-section.ts';
import { readTrackSection } from '../../shared/media/packets/track-section.ts';
import { readVideoSection } from '../../shared/video/video-section.ts';
import { validateAudioSection } from '../../shared/audio/section.ts';
import { audioFingerprintOf, withTrackSound, type AudioOptions } from '../node/audio-of-input.ts';
import { fileByteSource } from '../node/file-byte-source.ts';
import { fingerprintInput } from '../node/fingerprint-input.ts';
import { InputError } from '../node/input-error.ts';
import { openInput, readAt } from '../node/open-input.ts';
import type { CliIo } from './cli-io.ts';
import { pictureOrWarning } from './picture-or-warning.ts';

export interface LoadedSide extends CompareInput {
  /** Makes sure `fingerprint.audio` is there when the file has decodable audio. */
  loadAudio(onProgress: NonNullable<AudioOptions['onProgress']>): Promise<void>;
  /** Makes sure `fingerprint.video` (the picture's frame signatures) is there when the file has a picture. */
  loadPicture(): Promise<void>;
  /** Makes sure the further sound tracks `labels` ("sound 2", …) in `fingerprint.tracks` carry their sound when ffmpeg decodes it. */
  loadTrackSound(labels: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

export async function loadSide(path: string, io: CliIo): Promise<LoadedSide> {
  const input = await openInput(path);
  const close = (): Promise<void> => input.handle.close();
  try {
    const first = await readAt(input, 0, 64);
    if (looksLikeJson(first)) {
      if (input.size > MAX_FINGERPRINT_FILE_BYTES) {
        throw new InputError(path, `fingerprint file is larger than ${MAX_FINGERPRINT_FILE_BYTES / 1024 / 1024} MiB`);
      }
      const text = new TextDecoder('utf-8', { fatal: true }).decode(await readAt(input, 0, input.size));
      await close();
      const fingerprint = readFingerprintFile(text, { sections: { packets: readPacketSection, tracks: readTrackSection, video: readVideoSection, audio: validateAudioSection } });
      return { fingerprint, loadAudio: async () => {}, loadPicture: async () => {}, loadTrackSound: async () => {}, close: async () => {} };
    }
    const { fingerprint, media, tracks, packetProblem } = await fingerprintInput(input, { onProgress: (done, total) => io.progress(path, done, total) });
    io.progressDone();
    // null, not absent: this file's packets were looked for already and there are none to compare.
    fingerprint.packets = media?.table ?? null;
    if (tracks) fingerprint.tracks = tracks;
    const loadAudio = async (onProgress: NonNullable<AudioOptions['onProgress']>): Promise<void> => {
      if (fingerprint.audio !== undefined || fingerprint.file.container === null) return;
      const { container, duration } = fingerprint.file;
      // The words as decoded, not their section: the audio layer takes either.
      const audio = await audioFingerprintOf(path, { container, duration, onProgress });
      if (audio) fingerprint.audio = audio;
    };
    let pictureTried = false;
    const loadPicture = async (): Promise<void> => {
      const { container } = fingerprint.file;
      if (pictureTried || container === null || !tracks?.some((t) => t.label === 'picture')) return;
      pictureTried = true;
      // A picture ffmpeg cannot decode (a codec it may not use, a broken stream) stays not compared,
      // and the report says so; the rest of the comparison stands.
      const video = await pictureOrWarning(path, container, io);
      if (video) fingerprint.video = video;
    };
    const loadTrackSound = async (labels: readonly string[]): Promise<void> => {
      const { container } = fingerprint.file;
      // Once: the tracks with their sound replace the tracks as read.
      if (container === null || !tracks || fingerprint.tracks !== tracks || !tracks.some((t) => t.kind === 'audio')) return;
      fingerprint.tracks = await withTrackSound(path, tracks, { container, labels, onProgress: trackProgress(path, io) });
      io.progressDone();
    };
    const source = fileByteSource(input);
    const outside = media ? await outsideTheStream(source, media.result) : {};
    const wav = fingerprint.file.wav;
    const endsEarly = media?.result.endsEarly ?? (wav ? wavEndsEarly(wav) : null);
    const found = { ...(endsEarly ? { endsEarly } : {}), ...(packetProblem ? { packetProblem } : {}) };
    // From the table's ticks where they are exact: the reader's packet list is then not held for the comparison.
    const timeMap = media ? createByteTimeMap(media.result.packets, media.table) : undefined;
    return { fingerprint, source, timeMap, ...outside, ...found, loadAudio, loadPicture, loadTrackSound, close };
  } catch (e) {
    await close().catch(() => {});
    if (e instanceof FingerprintFormatError) throw new InputError(path, e.message);
    if (e instanceof TypeError && /encoded data/.test(e.message)) throw new InputError(path, 'fingerprint file is not valid UTF-8 text');
    throw e;
  }
}

/** A further sound track's decoding as a progress line of its own: "recording.mp4 (sound 2)". */
export function trackProgress(path: string, io: CliIo): (label: string, seconds: number, total: number | null) => void {
  return (label, seconds, total) => io.progress(`${path} (${label})`, seconds, total ?? seconds);
}

/** A fingerprint file is JSON: its first character, after any byte-order mark or white space, is "{". */
export function looksLikeJson(first: Uint8Array): boolean {
  let i = first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf ? 3 : 0;
  while (i < first.length && (first[i] === 0x20 || first[i] === 0x09 || first[i] === 0x0a || first[i] === 0x0d)) i++;
  return first[i] === 0x7b;
}

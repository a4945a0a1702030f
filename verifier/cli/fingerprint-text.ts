// A file's fingerprint file, written as its parts become ready (FingerprintFileWriter), in the file's
// order: the code and chunks and the packets section (one read), the other tracks with the sound of
// each further sound track, the picture's section, the sound's (these three decoded by ffmpeg, one
// after another, in this thread), and for WAV the pcm section. Each part is handed on and dropped:
// the CLI holds the sections of one layer at a time, not the file's (docs/formats-packets.md, "Memory").
import { FingerprintFileWriter } from '../../shared/fingerprint/fingerprint-file-writer.ts';
import type { FileInfo } from '../../shared/fingerprint/fingerprint.ts';
import { writeTrackSection } from '../../shared/media/packets/track-section.ts';
import type { TrackTable } from '../../shared/media/packets/track-tables.ts';
import { writePcmSection } from '../../shared/fingerprint/pcm-blocks.ts';
import { writeVideoSection } from '../../shared/video/video-section.ts';
import { audioSectionToWrite } from '../../shared/audio/section.ts';
import { audioFingerprintOf, withTrackSound } from '../node/audio-of-input.ts';
import { fingerprintInput } from '../node/fingerprint-input.ts';
import { openInput, type OpenedInput } from '../node/open-input.ts';
import { pcmBlocksOf } from '../node/pcm-blocks-of-input.ts';
import type { CliIo } from './cli-io.ts';
import { checkDecoder } from './decoder-use.ts';
import { pictureOrWarning } from './picture-or-warning.ts';
import { trackProgress } from './load-side.ts';

/** The whole fingerprint file as one string (for `case`, which seals it into the bundle). */
export async function fingerprintText(path: string, io: CliIo): Promise<string> {
  const pieces: string[] = [];
  await writeFingerprintOf(path, io, (piece) => pieces.push(piece));
  return pieces.join('');
}

/**
 * Writes the fingerprint file of `path` through `emit`. `onDecoded` is called once, as soon as ffmpeg
 * has run on the file: for every container Opnamepact reads (a plain WAV too: its audio section),
 * even when it found no sound, since it parsed the client's bytes all the same (`fingerprint`'s
 * warning, security review F13). Not for other files.
 */
export async function writeFingerprintOf(path: string, io: CliIo, emit: (text: string) => void, onDecoded: () => void = () => {}): Promise<void> {
  const input = await openInput(path);
  try {
    const { writer, file, tracks } = await writeHead(input, io, emit);
    if (file.container !== null) await writeDecoded(path, file, tracks, writer, io, once(onDecoded));
    else writer.section('tracks', tracks ? writeTrackSection(tracks) : undefined);
    if (file.wav) writer.section('pcm', await pcmSectionOf(input, file.wav));
    writer.end();
  } finally {
    await input.handle.close();
  }
}

/** The head and the packets section, written; what the decoded sections need of the read. */
async function writeHead(input: OpenedInput, io: CliIo, emit: (text: string) => void): Promise<{ writer: FingerprintFileWriter; file: FileInfo; tracks: TrackTable[] | null }> {
  const { fingerprint, tracks } = await fingerprintInput(input, { onProgress: (done, total) => io.progress(input.path, done, total) });
  io.progressDone();
  const writer = new FingerprintFileWriter(fingerprint, emit);
  writer.section('packets', fingerprint.packets);
  // A tracks section only when there are such tracks: most recordings hold one sound, and their files stay as they were.
  return { writer, file: fingerprint.file, tracks: tracks && tracks.length > 0 ? tracks : null };
}

async function writeDecoded(path: string, file: FileInfo, read: TrackTable[] | null, writer: FingerprintFileWriter, io: CliIo, decoded: () => void): Promise<void> {
  const container = file.container!;
  checkDecoder(path);
  let tracks = read;
  const picture = tracks?.some((t) => t.label === 'picture') === true;
  if (tracks?.some((t) => t.kind === 'audio')) {
    tracks = await withTrackSound(path, tracks, { container, onProgress: trackProgress(path, io), inThisThread: true });
    io.progressDone();
    decoded();
  }
  writer.section('tracks', tracks ? writeTrackSection(tracks) : undefined);
  // Written: the tables need not live through the picture's and the sound's decoding.
  tracks = null;
  if (picture) {
    const signatures = await pictureOrWarning(path, container, io);
    decoded();
    writer.section('video', signatures ? writeVideoSection(signatures) : undefined);
  }
  const onProgress = (seconds: number, total: number | null): void => io.progress(`${path} (audio)`, seconds, total ?? file.duration ?? seconds);
  // In this thread: one recording's decodings come one after another, and a worker's heap would only add to the peak.
  const audio = await audioFingerprintOf(path, { container, duration: file.duration, onProgress, inThisThread: true });
  io.progressDone();
  decoded();
  writer.section('audio', audio ? audioSectionToWrite(audio) : undefined);
}

async function pcmSectionOf(input: OpenedInput, wav: NonNullable<FileInfo['wav']>): Promise<Record<string, unknown> | undefined> {
  const blocks = await pcmBlocksOf(input, wav);
  return blocks && writePcmSection(blocks);
}

function once(f: () => void): () => void {
  let called = false;
  return () => {
    if (!called) f();
    called = true;
  };
}

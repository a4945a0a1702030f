// A file's whole fingerprint file as text: the code and chunks, the packets section (from the same
// read), the pcm section for WAV, and for media the audio section, with a picture the video section,
// and the sound of each further sound track in its `tracks` entry (all decoded with ffmpeg).
import { fingerprintFilePieces } from '../../shared/fingerprint/fingerprint-file.ts';
import { writeTrackSection } from '../../shared/media/packets/track-section.ts';
import { audioSectionOf, withTrackSound } from '../node/audio-of-input.ts';
import { writeVideoSection } from '../../shared/video/video-section.ts';
import { fingerprintInput } from '../node/fingerprint-input.ts';
import { openInput } from '../node/open-input.ts';
import { pcmBlocksOf } from '../node/pcm-blocks-of-input.ts';
import type { CliIo } from './cli-io.ts';
import { pictureOrWarning } from './picture-or-warning.ts';
import { trackProgress } from './load-side.ts';

export async function fingerprintText(path: string, io: CliIo): Promise<string> {
  return [...(await fingerprintOf(path, io)).pieces].join('');
}

/**
 * The fingerprint file's text in pieces (fingerprintFilePieces), and whether ffmpeg ran on the file: for every container Opnamepact
 * reads (a plain WAV too: its audio section), even when it found no sound, since it parsed the
 * client's bytes all the same (`fingerprint`'s warning, security review F13). Not for other files.
 */
export async function fingerprintOf(path: string, io: CliIo): Promise<{ pieces: Iterable<string>; ffmpegRan: boolean }> {
  const input = await openInput(path);
  try {
    const { fingerprint, tracks } = await fingerprintInput(input, { onProgress: (done, total) => io.progress(path, done, total) });
    io.progressDone();
    if (fingerprint.file.wav) fingerprint.pcm = await pcmBlocksOf(input, fingerprint.file.wav);
    if (fingerprint.file.container !== null) {
      const { container, duration } = fingerprint.file;
      const onProgress = (seconds: number, total: number | null): void => io.progress(`${path} (audio)`, seconds, total ?? duration ?? seconds);
      const audio = await audioSectionOf(path, { container, duration, onProgress });
      io.progressDone();
      if (audio) fingerprint.audio = audio;
      const picture = tracks?.some((t) => t.label === 'picture') ? await pictureOrWarning(path, container, io) : null;
      if (picture) fingerprint.video = writeVideoSection(picture);
      if (tracks?.some((t) => t.kind === 'audio')) {
        fingerprint.tracks = writeTrackSection(await withTrackSound(path, tracks, { container, onProgress: trackProgress(path, io) }));
        io.progressDone();
      }
    }
    return { pieces: fingerprintFilePieces(fingerprint), ffmpegRan: fingerprint.file.container !== null };
  } finally {
    await input.handle.close();
  }
}

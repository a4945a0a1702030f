// The sound of a chosen file for the edit strips: decoded once by Web Audio (decodeAudioData, the
// browser's own decoders, in memory, so only files up to MAX_STRIP_BYTES), and reduced to the
// lowest and highest sample per drawn column of a stretch.
import type { Range } from '../../../shared/compare/report.ts';

export const MAX_STRIP_BYTES = 256 * 1024 * 1024;

const decoded = new WeakMap<File, Promise<AudioBuffer | null>>();

/** Null when the file is too large or the browser cannot decode it: the strip then says so. */
export function decodedSound(file: File): Promise<AudioBuffer | null> {
  let sound = decoded.get(file);
  if (!sound) {
    sound =
      file.size > MAX_STRIP_BYTES
        ? Promise.resolve(null)
        : file
            .arrayBuffer()
            .then((bytes) => new OfflineAudioContext(1, 1, 8000).decodeAudioData(bytes))
            .catch(() => null);
    decoded.set(file, sound);
  }
  return sound;
}

/** Per column, [lowest, highest] sample of the first channel in the stretch (seconds). */
export function peaks(sound: AudioBuffer, stretch: Range, columns: number): [number, number][] {
  const samples = sound.getChannelData(0);
  const from = Math.max(0, Math.floor(stretch[0] * sound.sampleRate));
  const to = Math.min(samples.length, Math.ceil(stretch[1] * sound.sampleRate));
  const per = Math.max(1, (to - from) / columns);
  const out: [number, number][] = [];
  for (let c = 0; c < columns; c++) {
    let low = 0;
    let high = 0;
    const end = Math.min(to, Math.floor(from + (c + 1) * per));
    for (let i = Math.floor(from + c * per); i < end; i++) {
      const v = samples[i]!;
      if (v < low) low = v;
      if (v > high) high = v;
    }
    out.push([low, high]);
  }
  return out;
}

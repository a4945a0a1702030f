// The audio layer as the CLI asks it: last, and only when packets and bytes could not decide or
// leave stretches for the sound to explain (compare.ts), so a file side is decoded (both at once,
// in worker threads) only when its audio is actually needed. A
// fingerprint-file side brings its audio section already. Progress: one bar for the decoding of both
// sides, then one for the alignment.
import { audioLayerWithProgress } from '../../shared/compare/audio-layer.ts';
import type { CompareLayer } from '../../shared/compare/layer.ts';
import type { CliIo } from './cli-io.ts';
import type { LoadedSide } from './load-side.ts';

export function lazyAudioLayer(sides: readonly LoadedSide[], io: CliIo): CompareLayer {
  return {
    basis: 'audio',
    async compare(original, copy) {
      const decoded = sides.map(() => 0);
      const durations = sides.map((side) => side.fingerprint.file.duration ?? 0);
      const show = (): void => io.progress('decoding audio', sum(decoded), Math.max(sum(durations), sum(decoded)));
      await Promise.all(
        sides.map(async (side, i) => {
          await side.loadAudio((seconds, duration) => {
            decoded[i] = seconds;
            durations[i] = duration ?? durations[i]!;
            show();
          });
          // Workers report every 30 s of audio: a side's last stretch is only known done when it ends.
          decoded[i] = Math.max(decoded[i]!, durations[i]!);
          show();
        }),
      );
      io.progressDone();
      const report = await audioLayerWithProgress((done, total) => io.progress('aligning audio', done, total)).compare(original, copy);
      io.progressDone();
      return report;
    },
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

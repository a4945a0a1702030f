// The layered comparison. Equal codes mean identical and nothing else is asked. Otherwise the layers
// are asked in order; the first report that finds shared content (edited or same-content) decides.
// "unrelated" from one layer leaves room for the next (a re-encoded copy shares no bytes but the
// same sound), so it is only the answer when no later layer finds more.
import { packetCompareLayer } from '../media/packet-compare-layer.ts';
import { audioLayer } from './audio-layer.ts';
import { byteLayer } from './byte-layer.ts';
import type { CompareInput, CompareLayer } from './layer.ts';
import type { CompareReport } from './report.ts';
import { summary } from './summary.ts';
import { sameTimeline } from './wav-time.ts';

/**
 * Packets before bytes: a remux changes every byte yet keeps every packet, so bytes would call it
 * edited. Audio last: it decides only when both fingerprints carry an audio section.
 */
export const DEFAULT_LAYERS: readonly CompareLayer[] = [packetCompareLayer, byteLayer, audioLayer];

export async function compare(
  original: CompareInput,
  copy: CompareInput,
  layers: readonly CompareLayer[] = DEFAULT_LAYERS,
): Promise<CompareReport> {
  const a = original.fingerprint.file;
  const b = copy.fingerprint.file;
  if (a.sha256 === b.sha256 && a.bytes === b.bytes) {
    return {
      verdict: 'identical',
      basis: 'bytes',
      unit: sameTimeline(a.wav, b.wav) ? 'seconds' : 'bytes',
      original: summary(original.fingerprint),
      copy: summary(copy.fingerprint),
      edits: [],
    };
  }
  let unrelated: CompareReport | null = null;
  for (const layer of layers) {
    const report = await layer.compare(original, copy);
    if (!report) continue;
    if (report.verdict !== 'unrelated') return report;
    unrelated ??= report;
  }
  return (
    unrelated ?? {
      verdict: 'unrelated',
      basis: 'bytes',
      unit: 'bytes',
      original: summary(original.fingerprint),
      copy: summary(copy.fingerprint),
      edits: [],
    }
  );
}

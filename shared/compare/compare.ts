// The layered comparison. Equal codes mean identical and nothing else is asked. Otherwise the exact
// layers (packets, bytes) are asked in order until one finds shared content; the sound is asked
// when none does (a re-encoded copy shares no bytes but the same sound), or to explain the
// stretches where the exact layer only sees that packets differ (combine-layers.ts). Every edit of
// the report says on what it rests and how precise it is; `layers` says what each layer found.
import { packetCompareLayer } from '../media/packets/packet-compare-layer.ts';
import { audioLayer } from './audio-layer.ts';
import { byteLayer } from './byte-layer.ts';
import { combineLayers, wantsSound, withProvenance } from './combine-layers.ts';
import type { CompareInput, CompareLayer } from './layer.ts';
import type { CompareReport, LayerVerdict } from './report.ts';
import { sideSummary } from './summary.ts';
import { compareTracks, picturesOf, tracksOf } from './track-compare.ts';
import { withTracks } from './track-verdict.ts';
import { sameTimeline } from './wav-time.ts';

/**
 * Packets before bytes: a remux changes every byte yet keeps every packet, so bytes would call it
 * edited. Audio last: it is asked only when needed, and decides only when both sides have a sound.
 */
export const DEFAULT_LAYERS: readonly CompareLayer[] = [packetCompareLayer, byteLayer, audioLayer];

export async function compare(
  original: CompareInput,
  copy: CompareInput,
  layers: readonly CompareLayer[] = DEFAULT_LAYERS,
): Promise<CompareReport> {
  const a = original.fingerprint.file;
  const b = copy.fingerprint.file;
  const base = { original: sideSummary(original), copy: sideSummary(copy) };
  if (a.sha256 === b.sha256 && a.bytes === b.bytes) {
    const unit = sameTimeline(a.wav, b.wav) ? 'seconds' : 'bytes';
    return { verdict: 'identical', basis: 'bytes', unit, ...base, edits: [], layers: [{ basis: 'bytes', verdict: 'identical' }] };
  }
  const asked: LayerVerdict[] = [];
  const ask = async (layer: CompareLayer): Promise<CompareReport | null> => {
    const report = await layer.compare(original, copy);
    if (report) asked.push({ basis: report.basis, verdict: report.verdict });
    return report;
  };
  let exact: CompareReport | null = null;
  let unrelated: CompareReport | null = null;
  for (const layer of layers.filter((l) => l.basis !== 'audio')) {
    const report = await ask(layer);
    if (report?.verdict === 'unrelated') unrelated ??= report;
    else if (report) {
      exact = report;
      break;
    }
  }
  const sound = layers.find((l) => l.basis === 'audio');
  const audio = sound && (!exact || wantsSound(exact)) ? await ask(sound) : null;
  const heard = audio && audio.verdict !== 'unrelated' && audio.verdict !== 'cannot-tell' ? audio : null;
  const report =
    exact && heard ? combineLayers(exact, heard) : (exact ?? audio ?? unrelated ?? { verdict: 'unrelated', basis: 'bytes', unit: 'bytes', ...base, edits: [] });
  // A single layer's report: each edit rests on that layer, at its resolution.
  const edits = report.edits.map((e) => (e.basis ? e : withProvenance(e, report.basis, report.resolution)));
  // Every other track (the picture, further sound) is compared by its packets and joins the verdict.
  const tracks = compareTracks(tracksOf(original), tracksOf(copy), picturesOf(original, copy));
  return withTracks({ ...report, ...base, edits, layers: asked }, tracks);
}

// The byte layer: aligns the content-defined chunks of two fingerprints and reports what was
// removed, inserted, replaced or moved. With both files at hand (byte sources), ranges are refined
// to the byte; from a WAV's fingerprint file (the original) and the copy, to a 20 ms block of
// samples; from fingerprint files alone they are exact to the chunk (16–256 KiB). Ranges are in
// seconds for WAV (from its header) and for other media when both sides bring a byte→time map.
import { CHUNK_MAX } from '../fingerprint/chunk-params.ts';
import type { Fingerprint } from '../fingerprint/fingerprint.ts';
import { alignChunks } from './align-chunks.ts';
import { chunkKeys, chunkOffsets, toByteRuns, type ByteRun } from './byte-runs.ts';
import type { CompareInput, CompareLayer } from './layer.ts';
import { pairMoves } from './pair-moves.ts';
import { pairMovesByBlocks } from './pair-moves-blocks.ts';
import { refineRuns } from './refine-runs.ts';
import { refineRunsByBlocks } from './refine-runs-blocks.ts';
import type { CompareReport } from './report.ts';
import { runsToEdits } from './runs-to-edits.ts';
import { settleBlockEdges } from './settle-block-edges.ts';
import { summary } from './summary.ts';
import { editsToMediaSeconds } from './media-time.ts';
import { editsToSeconds, sameTimeline } from './wav-time.ts';

/** Below this share of the smaller file found in the other, the files are unrelated. */
export const UNRELATED_BELOW = 0.05;

export const byteLayer: CompareLayer = {
  basis: 'bytes',
  async compare(original: CompareInput, copy: CompareInput): Promise<CompareReport> {
    const a = original.fingerprint;
    const b = copy.fingerprint;
    const offsetsA = chunkOffsets(a.chunks);
    const offsetsB = chunkOffsets(b.chunks);
    let runs = toByteRuns(alignChunks(chunkKeys(a.chunks), chunkKeys(b.chunks)), offsetsA, offsetsB);
    const sources = original.source && copy.source ? { original: original.source, copy: copy.source } : null;
    const wav = sameTimeline(a.file.wav, b.file.wav) ? a.file.wav : null;
    // The original as a WAV fingerprint file, the copy at hand: its 20 ms block hashes place edits.
    const blocks = !sources && wav && a.pcm && copy.source ? { pcm: a.pcm, copy: copy.source } : null;
    if (sources && runs.length > 0) runs = await refineRuns(runs, sources.original, sources.copy);
    if (blocks && wav && runs.length > 0) runs = await refineRunsByBlocks(runs, wav, blocks.pcm, a.file.bytes, blocks.copy);
    const maps = !wav && original.timeMap && copy.timeMap ? { original: original.timeMap, copy: copy.timeMap } : null;
    // Refined ranges are exact to the byte (a frame in time), or to a block; otherwise to within a
    // chunk. Through a byte→time map a byte is placed within its packet, by interpolation: no bound
    // is claimed.
    const resolutionBytes = sources ? 0 : blocks && wav ? blocks.pcm.blockFrames * wav.blockAlign : CHUNK_MAX;
    const resolution = wav ? Math.max(resolutionBytes, wav.blockAlign) / wav.blockAlign / wav.sampleRate : maps ? undefined : resolutionBytes;
    const base = { basis: 'bytes', unit: wav || maps ? 'seconds' : 'bytes', original: summary(a), copy: summary(b), ...(resolution === undefined ? {} : { resolution }) } as const;
    if (sharedShare(runs, a, b) < UNRELATED_BELOW) return { verdict: 'unrelated', ...base, edits: [] };
    let byteEdits = runsToEdits(runs, a.file.bytes, b.file.bytes);
    if (sources) byteEdits = await pairMoves(byteEdits, sources.original, sources.copy);
    if (blocks && wav) {
      byteEdits = settleBlockEdges(byteEdits, resolutionBytes, wav.blockAlign);
      byteEdits = await pairMovesByBlocks(byteEdits, wav, blocks.pcm, blocks.copy, b.file.wav!);
    }
    const edits = wav ? editsToSeconds(byteEdits, wav, b.file.wav!) : maps ? editsToMediaSeconds(byteEdits, maps.original, maps.copy) : byteEdits;
    // Bytes differ, yet every difference lies outside the audio data: same recording, other headers.
    return { verdict: edits.length === 0 ? 'same-content' : 'edited', ...base, edits };
  },
};

function sharedShare(runs: readonly ByteRun[], a: Fingerprint, b: Fingerprint): number {
  const shared = runs.reduce((n, r) => n + (r.kind === 'copied' ? 0 : r.len), 0);
  return shared / Math.min(a.file.bytes, b.file.bytes);
}

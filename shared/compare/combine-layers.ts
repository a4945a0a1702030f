// Where the layers meet. The exact layer (packets, or bytes) is believed where it is exact: equal
// packets or bytes are the same recording there, and a stretch it finds missing, added or moved as
// whole packets is an edit to the frame. Where it only sees that packets or bytes differ in place
// ("replaced"), or places an edit no better than a chunk, the sound explains that stretch: the
// sound's edits inside it are reported, and a stretch whose sound agrees is no edit at all (a
// re-encode with the same encoder differs in some packets but not in what is heard).
import { AUDIO_RESOLUTION_SECONDS } from './audio-layer.ts';
import type { Basis, CompareReport, Edit, Range } from './report.ts';

/** Removed or inserted stretches this close to a differing stretch belong to it. */
const ADJACENT_SECONDS = 0.5;

interface Sides {
  original: Range | null;
  copy: Range | null;
}

/** Where an edit changed each file: `from` of an insert is a source, not a change. */
function changed(e: Edit): Sides {
  switch (e.kind) {
    case 'removed':
      return { original: e.original, copy: null };
    case 'inserted':
      return { original: null, copy: e.copy };
    default:
      return { original: e.original, copy: e.copy };
  }
}

function near(a: Range | null, b: Range | null, slack: number): boolean {
  return a !== null && b !== null && a[0] < b[1] + slack && b[0] < a[1] + slack;
}

function touches(a: Sides, b: Sides, slack: number): boolean {
  return near(a.original, b.original, slack) || near(a.copy, b.copy, slack);
}

/**
 * An exact-layer edit the sound has to explain: an edit placed more coarsely than the sound places
 * it (a chunk), or packets that differ in place (an encoder may make other packets of the same
 * sound), also when bytes found them through a byte→time map (no stated resolution). PCM bytes
 * that differ, placed to the sample or a 20 ms block, are different sound: no explaining needed.
 */
function needsSound(e: Edit, report: CompareReport): boolean {
  if (report.resolution !== undefined && report.resolution > AUDIO_RESOLUTION_SECONDS) return true;
  const pcm = report.basis === 'bytes' && report.resolution !== undefined;
  return e.kind === 'replaced' && !pcm;
}

/** Whether the sound has something to explain: edits placed only in bytes, or stretches that need it. */
export function wantsSound(report: CompareReport): boolean {
  return report.verdict === 'edited' && (report.unit !== 'seconds' || report.edits.some((e) => needsSound(e, report)));
}

export function withProvenance(e: Edit, basis: Basis, resolution: number | undefined): Edit {
  return { ...e, basis, ...(resolution === undefined ? {} : { resolution }) };
}

function sameBounds(a: Edit, b: Edit): boolean {
  const x = changed(a);
  const y = changed(b);
  const close = (r: Range | null, s: Range | null): boolean =>
    r === s || (r !== null && s !== null && Math.abs(r[0] - s[0]) <= AUDIO_RESOLUTION_SECONDS && Math.abs(r[1] - s[1]) <= AUDIO_RESOLUTION_SECONDS);
  return a.kind === b.kind && close(x.original, y.original) && close(x.copy, y.copy);
}

function position(e: Edit): number {
  const { original, copy } = changed(e);
  return copy?.[0] ?? original![0];
}

/** The one list of edits, from an exact layer's report and the audio layer's on the same two files. */
export function combineLayers(exact: CompareReport, audio: CompareReport): CompareReport {
  // Edits placed only in bytes have no time to meet the sound at: the sound explains the whole file.
  if (exact.unit !== 'seconds') return { ...audio, edits: audio.edits.map((e) => withProvenance(e, 'audio', audio.resolution)) };
  const fine = (exact.resolution ?? 0) <= AUDIO_RESOLUTION_SECONDS;
  const windows = exact.edits.filter((e) => needsSound(e, exact)).map((e) => ({ seeds: [e], sides: [changed(e)], sound: [] as Edit[] }));
  const kept: Edit[] = [];
  for (const e of exact.edits) {
    if (needsSound(e, exact)) continue;
    const plain = e.kind === 'removed' || (e.kind === 'inserted' && e.from === null);
    const window = plain ? windows.find((w) => w.sides.some((s) => touches(s, changed(e), ADJACENT_SECONDS))) : undefined;
    if (window) {
      window.seeds.push(e);
      window.sides.push(changed(e));
    } else kept.push(withProvenance(e, exact.basis, exact.resolution));
  }
  // Each of the sound's edits belongs to the first stretch it meets; elsewhere the exact layer has
  // found equal packets or bytes, which the sound's coarser placement does not overrule. An edit
  // the exact layer already reports (a lossless move the sound hears too) is not told twice.
  for (const e of audio.edits) {
    if (kept.some((k) => sameBounds(k, e))) continue;
    const window = windows.find((w) => w.sides.some((s) => touches(s, changed(e), AUDIO_RESOLUTION_SECONDS)));
    window?.sound.push(e);
  }
  for (const w of windows) {
    const [seed] = w.seeds;
    const [heard] = w.sound;
    if (fine && w.seeds.length === 1 && w.sound.length === 1 && sameBounds(seed!, heard!)) {
      // The sound confirms the stretch; the exact layer places it more precisely.
      kept.push(withProvenance(seed!, exact.basis, exact.resolution));
    } else kept.push(...w.sound.map((e) => withProvenance(e, 'audio', AUDIO_RESOLUTION_SECONDS)));
  }
  const edits = kept.sort((a, b) => position(a) - position(b));
  return {
    verdict: edits.length > 0 ? 'edited' : 'same-content',
    basis: windows.length > 0 ? 'audio' : exact.basis,
    unit: exact.unit,
    original: exact.original,
    copy: exact.copy,
    edits,
    ...coarsest(edits),
  };
}

/** The report's resolution: its least precise edit's, when every edit states one. */
function coarsest(edits: readonly Edit[]): { resolution?: number } {
  const resolutions = edits.map((e) => e.resolution);
  if (edits.length === 0 || resolutions.some((r) => r === undefined)) return {};
  return { resolution: Math.max(...(resolutions as number[])) };
}

// Aligns a copy's audio fingerprint with the original's and says what was edited, in seconds:
// candidate offsets from exact sub-fingerprint matches → a Viterbi path over those offsets → timed
// segments → edits. Pure: the caller decodes and fingerprints (or reads a fingerprint file).

import type { AudioFingerprint } from '../audio/fingerprint.ts';
import { AUDIO_PARAMS } from '../audio/params.ts';
import { loudFlags, quietFlags } from '../audio/quiet.ts';
import { offsetCandidates } from './audio-candidates.ts';
import { editsOf, segmentsOf, type Segment } from './audio-edits.ts';
import { bestPath } from './audio-path.ts';
import type { Edit, Verdict } from './report.ts';

/** A copy must share at least this much convincing audio with the original to be related. */
const RELATED_SECONDS = 2;
const RELATED_ERROR_RATE = 0.35;

export interface AudioAlignment {
  verdict: Extract<Verdict, 'same-content' | 'edited' | 'unrelated'>;
  edits: Edit[];
  /** The copy's timeline: which parts come from where in the original (null: from nowhere). */
  segments: Segment[];
}

/** Alignment progress: both passes walk the copy, so `total` is twice its sub-fingerprint count. */
export type AlignProgress = (done: number, total: number) => void;

export function alignAudio(original: AudioFingerprint, copy: AudioFingerprint, onProgress?: AlignProgress): AudioAlignment {
  const length = copy.subFingerprints.length;
  const total = 2 * length;
  const offsets = offsetCandidates(original.subFingerprints, copy.subFingerprints, onProgress && ((j) => onProgress(j, total)));
  const runs = bestPath(
    {
      original: original.subFingerprints,
      copy: copy.subFingerprints,
      offsets,
      originalQuiet: quietFlags(original),
      copyLoud: loudFlags(copy),
    },
    onProgress && ((j) => onProgress(length + j, total)),
  );
  onProgress?.(total, total);
  const durations = {
    original: original.sampleCount / AUDIO_PARAMS.sampleRate,
    copy: copy.sampleCount / AUDIO_PARAMS.sampleRate,
    copyLength: copy.subFingerprints.length,
  };
  const segments = segmentsOf(runs, offsets, durations);
  const related = segments.some(
    (s) => s.original !== null && s.copy[1] - s.copy[0] >= RELATED_SECONDS && s.errorRate < RELATED_ERROR_RATE,
  );
  if (!related) return { verdict: 'unrelated', edits: [], segments };
  const edits = editsOf(segments, durations);
  return { verdict: edits.length ? 'edited' : 'same-content', edits, segments };
}

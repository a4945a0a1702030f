// The typed result of comparing an original with a copy: the data behind `compare --json`, the
// text report and the page's timeline. DESIGN.md, "The CLI contract", fixes these names.
import type { UncomparedTrack } from './uncompared-track.ts';

/** `cannot-tell`: only the sound could answer, and one side has too little structure for it (silence, a steady tone: shared/audio/structure.ts). */
export type Verdict = 'identical' | 'same-content' | 'edited' | 'unrelated' | 'cannot-tell';
/** `picture`: the picture's perceptual fingerprint (shared/video), for a re-encoded picture. */
export type Basis = 'bytes' | 'packets' | 'audio' | 'picture';
export type Unit = 'seconds' | 'bytes';

/** [start, end) in the report's unit. */
export type Range = readonly [start: number, end: number];

/**
 * How sure a finding is, 0..1 (layers that cannot be wrong, bytes and packets, leave it out); on
 * what it rests and how precise its ranges are (in the report's unit; 0 = exact). compare() fills
 * in `basis` and `resolution` for every edit of its report.
 */
export interface Confidence {
  confidence?: number;
  basis?: Basis;
  resolution?: number;
  /** The tracks the edit is in ("sound", "picture", "sound 2"); absent when the file has one track or the bytes decided. */
  tracks?: string[];
}

export type Edit =
  | ({ kind: 'removed'; original: Range } & Confidence)
  | ({ kind: 'inserted'; copy: Range; from: Range | null } & Confidence)
  | ({ kind: 'replaced'; original: Range; copy: Range } & Confidence)
  | ({ kind: 'moved'; original: Range; copy: Range } & Confidence);

export type EditKind = Edit['kind'];

export interface FileSummary {
  sha256: string;
  bytes: number;
  container: string | null;
  duration: number | null;
  /**
   * Stretches of bytes (offset, length) outside every packet of the stream that is played: data
   * before the first frame beyond a tag, junk between frames. Players skip them; a second stream
   * may hide there. Absent when there are none.
   */
  skipped?: { offset: number; length: number }[];
  /** Runs of audio frames (`mp3`, `adts`) outside the played stream: another recording. Absent when none. */
  hidden?: { offset: number; length: number; codec: string }[];
  /** The file is cut short: its sound stops at `time` seconds (byte `offset`), for `reason`; the rest is missing. Absent when whole. */
  endsEarly?: { time: number; offset: number; reason: string };
  /** Why the container could not be read (the packets were not compared; bytes and sound were). Absent when it was read. */
  packetProblem?: string;
}

export interface CompareReport {
  verdict: Verdict;
  basis: Basis;
  unit: Unit;
  original: FileSummary;
  copy: FileSummary;
  edits: Edit[];
  /** Ranges are accurate to within this many units (0 = exact); absent when the layer does not say. */
  resolution?: number;
  /** Every layer that was asked, in order, with what it found on its own. */
  layers?: LayerVerdict[];
  /** Tracks that could not be compared, with why (a code to word, and in English): the verdict does not cover them. */
  uncompared?: UncomparedTrack[];
  /** Every track that was compared, and by what (the first sound by the layer that decided); absent when the files have one track. */
  compared?: { track: string; basis: Basis }[];
}

export interface LayerVerdict {
  basis: Basis;
  verdict: Verdict;
}

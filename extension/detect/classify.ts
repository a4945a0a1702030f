// What the page shows right now, from the cues that matched: the layered, fail-safe decision. Pure,
// so the whole table is unit tested without a browser. Holding states over time (the recording
// latch, the grace before "ended") is phase-machine.ts's job.
import type { HintKind } from '../platforms/types.ts';
import type { Cue } from './cue.ts';
import type { LiveMedia } from './live-media.ts';

export type CallPhase = 'none' | 'pending' | 'lobby' | 'waiting' | 'in-call' | 'ended';

/** Whose hints: the platform's own (with the organisation's overrides), or the generic fallback. */
export type CueSet = 'platform' | 'generic';

/**
 * What the page shows, read on demand: most checks are decided by a few platform cues, and the
 * generic ones and live media are then never looked at (a page can hold thousands of buttons).
 */
export interface Signals {
  /** The URL is a page on which a call can run. */
  callPage: boolean;
  /** The first matching cue of a kind in a set, or null. */
  cue(set: CueSet, kind: HintKind): Cue | null;
  liveMedia(): LiveMedia;
}

export interface Observation {
  phase: CallPhase;
  /** The cue that decided the phase (null for 'none' and 'pending'). */
  phaseCue: Cue | null;
  /** A recording announcement visible right now. */
  recordingCue: Cue | null;
  /** A "recording stopped" announcement visible right now. */
  stopCue: Cue | null;
}

/** After the end-screen and waiting guards, the order in which one set's cues decide the phase. */
const DECIDING: readonly (readonly [HintKind, CallPhase])[] = [
  ['ended', 'ended'],
  ['admitted', 'in-call'],
  ['lobby', 'lobby'],
  ['inCall', 'in-call'],
  // The platform only announces a recording inside a call (or on the way in, which the guards above catch).
  ['recording', 'in-call'],
];

function decide(signals: Signals, set: CueSet): Pick<Observation, 'phase' | 'phaseCue'> | null {
  for (const [kind, phase] of DECIDING) {
    const cue = signals.cue(set, kind);
    if (cue !== null) return { phase, phaseCue: cue };
  }
  return null;
}

function liveMediaCue({ elements, remoteStream }: LiveMedia): Cue | null {
  // One live element is the own preview of the lobby or waiting room; it proves nothing.
  if (!remoteStream && elements < 2) return null;
  const what = remoteStream ? 'a remote stream' : `${elements} live media elements`;
  return { kind: 'inCall', source: 'INFERRED', fallback: true, label: `live media · ${what}` };
}

export function classify(signals: Signals): Observation {
  if (!signals.callPage) return { phase: 'none', phaseCue: null, recordingCue: null, stopCue: null };
  const either = (kind: HintKind): Cue | null => signals.cue('platform', kind) ?? signals.cue('generic', kind);
  const recordingCue = either('recording');
  const stopCue = either('recordingStopped');
  const endScreen = signals.cue('platform', 'ended');
  if (endScreen !== null) return { phase: 'ended', phaseCue: endScreen, recordingCue, stopCue };
  // Waiting to be let in is a guard from either set: Meet shows "Leave call" while waiting.
  const waiting = either('waiting');
  if (waiting !== null) return { phase: 'waiting', phaseCue: waiting, recordingCue, stopCue };
  const decided = decide(signals, 'platform') ?? decide(signals, 'generic');
  if (decided !== null) return { ...decided, recordingCue, stopCue };
  // No cue at all, yet someone else's media: when unsure, remind rather than stay silent.
  const media = liveMediaCue(signals.liveMedia());
  if (media !== null) return { phase: 'in-call', phaseCue: media, recordingCue, stopCue };
  return { phase: 'pending', phaseCue: null, recordingCue, stopCue };
}

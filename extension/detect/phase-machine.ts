// Holds the call state over time: the recording latch and the grace period before a call counts as
// ended. Pure, with the clock passed in, so every timing rule is unit tested; call-monitor.ts
// supplies the time and a timer that checks again when a grace period runs out.
import type { CallPhase, Observation } from './classify.ts';
import type { Cue } from './cue.ts';

/**
 * How long call controls must stay gone, without an end screen, before the call counts as ended.
 * A reconnect hides the toolbar for a few seconds (meeboter's Meet notes, Jitsi's transient
 * "disconnected" overlay); 8 s rides those out, while the call-end prompt still comes before
 * staff have moved on. End screens skip the wait.
 */
export const END_GRACE_MS = 8000;

export interface CallCues {
  /** The cue that decided the phase. */
  phase: string | null;
  /** The cue that latched recording on. */
  recording: string | null;
  /** No platform cue matched: only generic words or live media decided. */
  fallbackOnly: boolean;
  /** An organisation override (settings.hintOverrides) decided the phase or latched recording. */
  override: boolean;
}

export interface CallState {
  phase: CallPhase;
  recording: boolean;
}

export interface MachineState extends CallState {
  /** The cue behind the phase; while held in the grace period, the last one that showed the call. */
  phaseCue: Cue | null;
  /** The announcement that latched recording on. */
  recordingCue: Cue | null;
  /** In the grace period: call controls are gone, the call is not yet counted as ended. */
  held: boolean;
  /** What identifies the meeting (its URL's id or path); a different meeting starts afresh. */
  meeting: string | null;
  /** Since when (ms) the call's controls have been gone while the call is held; the grace period runs from here. */
  goneSince: number | null;
  /** When to check again although the page did not change (a grace period ends), if ever. */
  recheckAt: number | null;
}

export function advance(previous: MachineState | null, observation: Observation, meeting: string | null, now: number): MachineState {
  const before = previous !== null && previous.meeting === meeting ? previous : null;
  // Call controls gone without an end screen while the URL is still a call page: hold "in call"
  // until they have stayed gone for the grace period, so a reconnect blip is no hang-up.
  const gone = before?.phase === 'in-call' && observation.phase !== 'in-call' && observation.phase !== 'ended' && observation.phase !== 'none';
  const goneSince = gone ? (before.goneSince ?? now) : null;
  const held = goneSince !== null && now - goneSince < END_GRACE_MS;
  const phase: CallPhase = held ? 'in-call' : observation.phase;
  const phaseCue = held ? (before?.phaseCue ?? null) : observation.phaseCue;

  // Recording stays on once announced (toasts and dialogs go away) until a stop cue or the call's end.
  let recordingCue = before?.recordingCue ?? null;
  if (observation.recordingCue !== null) recordingCue ??= observation.recordingCue;
  else if (observation.stopCue !== null) recordingCue = null;
  const callOver = phase === 'ended' || phase === 'none' || (before?.phase === 'in-call' && phase !== 'in-call');
  if (callOver) recordingCue = null;

  return {
    phase,
    recording: recordingCue !== null,
    phaseCue,
    recordingCue,
    held,
    meeting,
    goneSince: held ? goneSince : null,
    recheckAt: held ? goneSince + END_GRACE_MS : null,
  };
}

/** The health line's view of a state: what decided, and whether only the fallback or an override did. */
export function describeCues(state: MachineState): CallCues {
  const { phaseCue, recordingCue, held } = state;
  return {
    phase: phaseCue === null ? null : held ? `${phaseCue.label} · held (${END_GRACE_MS / 1000} s grace)` : phaseCue.label,
    recording: recordingCue?.label ?? null,
    fallbackOnly: phaseCue?.fallback ?? false,
    override: phaseCue?.source === 'OVERRIDE' || recordingCue?.source === 'OVERRIDE',
  };
}

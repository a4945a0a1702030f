// The layered, fail-safe decision from signals to a call phase. Pure, so the whole table is unit
// tested without a browser.

export type CallPhase = 'none' | 'pending' | 'lobby' | 'in-call' | 'ended';

export interface Signals {
  /** The URL is a page on which a call can run. */
  callPage: boolean;
  inCallHint: boolean;
  lobbyHint: boolean;
  recordingHint: boolean;
  endedHint: boolean;
  liveMedia: number;
}

export interface CallState {
  phase: CallPhase;
  recording: boolean;
}

export function classify(signals: Signals): CallState {
  if (!signals.callPage) return { phase: 'none', recording: false };
  // A recording indicator is only drawn inside a running call, so it also counts as being in one.
  const inCall = signals.inCallHint || signals.recordingHint;
  if (inCall) return { phase: 'in-call', recording: signals.recordingHint };
  if (signals.endedHint) return { phase: 'ended', recording: false };
  if (signals.lobbyHint) return { phase: 'lobby', recording: false };
  // No platform hint at all, yet live media: when unsure, remind rather than stay silent.
  if (signals.liveMedia > 0) return { phase: 'in-call', recording: false };
  return { phase: 'pending', recording: false };
}

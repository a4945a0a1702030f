import { describe, expect, test } from 'vitest';
import type { Observation } from '../../../extension/detect/classify.ts';
import type { Cue } from '../../../extension/detect/cue.ts';
import { advance, describeCues, END_GRACE_MS, type MachineState } from '../../../extension/detect/phase-machine.ts';
import type { CueSource, HintKind } from '../../../extension/platforms/types.ts';

function cue(kind: HintKind, label: string, source: CueSource = 'VERIFIED', fallback = false): Cue {
  return { kind, source, fallback, label };
}

const controls: Observation = { phase: 'in-call', phaseCue: cue('inCall', 'jitsi · leave'), recordingCue: null, stopCue: null };
const toast: Observation = { ...controls, recordingCue: cue('recording', 'jitsi · recording.on') };
const stopToast: Observation = { ...controls, stopCue: cue('recordingStopped', 'jitsi · recording.off') };
const blank: Observation = { phase: 'pending', phaseCue: null, recordingCue: null, stopCue: null };
const endScreen: Observation = { phase: 'ended', phaseCue: cue('ended', 'jitsi · thankYou'), recordingCue: null, stopCue: null };

/** Feeds observations at the given times (ms) into one machine. */
function run(steps: readonly (readonly [number, Observation, string?])[]): MachineState[] {
  const states: MachineState[] = [];
  let state: MachineState | null = null;
  for (const [at, observation, meeting] of steps) {
    state = advance(state, observation, meeting ?? 'room', at);
    states.push(state);
  }
  return states;
}

describe('recording latch', () => {
  test('a 2.5 s toast keeps recording on after it goes, until a stop cue', () => {
    const states = run([[0, controls], [1000, toast], [3500, controls], [60_000, controls], [61_000, stopToast], [63_500, controls]]);
    expect(states.map((state) => state.recording)).toEqual([false, true, true, true, false, false]);
    expect(describeCues(states[3]!).recording).toBe('jitsi · recording.on');
    expect(describeCues(states[5]!).recording).toBeNull();
  });

  test('the call\'s end releases the latch; a new meeting starts without it', () => {
    expect(run([[0, toast], [1000, endScreen]]).map((state) => [state.phase, state.recording])).toEqual([['in-call', true], ['ended', false]]);
    expect(run([[0, toast], [1000, controls, 'other-room']])[1]?.recording).toBe(false);
  });

  test('announced while still waiting to be let in, it holds into the call', () => {
    const waitingWithDialog: Observation = { phase: 'waiting', phaseCue: cue('waiting', 'meet · waiting'), recordingCue: cue('recording', 'meet · dialog'), stopCue: null };
    const states = run([[0, waitingWithDialog], [2000, { ...waitingWithDialog, recordingCue: null }], [5000, controls]]);
    expect(states.map((state) => [state.phase, state.recording])).toEqual([['waiting', true], ['waiting', true], ['in-call', true]]);
  });
});

describe('ending with grace', () => {
  test('a 3 s reconnect blip changes nothing', () => {
    const states = run([[0, controls], [1000, blank], [4000, controls]]);
    expect(states.map((state) => state.phase)).toEqual(['in-call', 'in-call', 'in-call']);
    expect(states[1]?.recheckAt).toBe(1000 + END_GRACE_MS);
    expect(describeCues(states[1]!).phase).toBe('jitsi · leave · held (8 s grace)');
    expect(states[2]?.recheckAt).toBeNull();
  });

  test('controls gone for longer than the grace period: the call is over', () => {
    const states = run([[0, controls], [1000, blank], [1000 + END_GRACE_MS - 1, blank], [1000 + END_GRACE_MS, blank]]);
    expect(states.map((state) => state.phase)).toEqual(['in-call', 'in-call', 'in-call', 'pending']);
    expect(states[3]?.recheckAt).toBeNull();
  });

  test('the grace period runs from the first check without the call, not from each blank check', () => {
    const states = run([[0, controls], [5000, controls], [6000, blank], [12_000, blank], [13_999, blank], [14_000, blank]]);
    expect(states.map((state) => state.phase)).toEqual(['in-call', 'in-call', 'in-call', 'in-call', 'in-call', 'pending']);
    expect(states[3]?.recheckAt).toBe(14_000);
  });

  test('the call showing again resets the grace period', () => {
    const states = run([[0, controls], [1000, blank], [4000, controls], [5000, blank], [12_000, blank], [13_000, blank]]);
    expect(states.map((state) => state.phase)).toEqual(['in-call', 'in-call', 'in-call', 'in-call', 'in-call', 'pending']);
  });

  test('an end screen, or leaving the call page, ends at once', () => {
    expect(run([[0, controls], [500, endScreen]])[1]?.phase).toBe('ended');
    expect(run([[0, controls], [500, { ...blank, phase: 'none' }]])[1]?.phase).toBe('none');
  });

  test('a waiting room or lobby after the call also waits out the grace period', () => {
    const lobby: Observation = { phase: 'lobby', phaseCue: cue('lobby', 'meet · join'), recordingCue: null, stopCue: null };
    expect(run([[0, controls], [1000, lobby], [9000, lobby]]).map((state) => state.phase)).toEqual(['in-call', 'in-call', 'lobby']);
  });
});

describe('health line', () => {
  test('fallback only and organisation overrides are flagged', () => {
    const media: Observation = { ...controls, phaseCue: cue('inCall', 'live media · a remote stream', 'INFERRED', true) };
    expect(describeCues(run([[0, media]])[0]!)).toEqual({ phase: 'live media · a remote stream', recording: null, fallbackOnly: true, override: false });
    const overridden: Observation = { ...controls, recordingCue: cue('recording', 'zoom · recording · .x-rec (OVERRIDE)', 'OVERRIDE') };
    expect(describeCues(run([[0, overridden]])[0]!)).toMatchObject({ fallbackOnly: false, override: true });
  });
});

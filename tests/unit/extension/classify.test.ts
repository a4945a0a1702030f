import { describe, expect, test } from 'vitest';
import { classify, type Signals } from '../../../extension/detect/classify.ts';
import type { Cue } from '../../../extension/detect/cue.ts';
import type { LiveMedia } from '../../../extension/detect/live-media.ts';
import type { HintKind } from '../../../extension/platforms/types.ts';

type CueMatches = Partial<Record<HintKind, Cue>>;

interface Page {
  callPage: boolean;
  platform: CueMatches;
  generic: CueMatches;
  liveMedia: LiveMedia;
}

/** Signals as read-signals.ts gives them, over fixed matches; records what classify looked at. */
function signals(page: Page, asked: string[] = []): Signals {
  return {
    callPage: page.callPage,
    cue: (set, kind) => {
      asked.push(`${set} ${kind}`);
      return page[set][kind] ?? null;
    },
    liveMedia: () => {
      asked.push('liveMedia');
      return page.liveMedia;
    },
  };
}

function cue(kind: HintKind, fallback = false): Cue {
  return { kind, source: 'VERIFIED', fallback, label: `${fallback ? 'generic' : 'meet'} · ${kind}` };
}

function cues(...kinds: HintKind[]): CueMatches {
  return Object.fromEntries(kinds.map((kind) => [kind, cue(kind)]));
}

const none: Page = { callPage: true, platform: {}, generic: {}, liveMedia: { elements: 0, remoteStream: false } };
const preview = { elements: 1, remoteStream: false };

describe('classify: URL → guards → platform cues → generic cues → live media', () => {
  test.each([
    ['not a call page, whatever else', { ...none, callPage: false, platform: cues('inCall', 'recording'), liveMedia: { elements: 3, remoteStream: true } }, 'none', null],
    ['call controls', { ...none, platform: cues('inCall') }, 'in-call', 'meet · inCall'],
    ['waiting room with call controls and a camera preview: waiting', { ...none, platform: cues('waiting', 'inCall', 'admitted'), liveMedia: preview }, 'waiting', 'meet · waiting'],
    ['a generic waiting text also guards against platform controls', { ...none, platform: cues('inCall'), generic: { waiting: cue('waiting', true) } }, 'waiting', 'generic · waiting'],
    ['lobby beats controls that the lobby shows too', { ...none, platform: cues('lobby', 'inCall') }, 'lobby', 'meet · lobby'],
    ['an admission-only control beats a stale lobby marker', { ...none, platform: cues('lobby', 'admitted') }, 'in-call', 'meet · admitted'],
    ['an end screen ends at once, even with controls left', { ...none, platform: cues('ended', 'inCall', 'waiting') }, 'ended', 'meet · ended'],
    ['a recording announcement alone means in a call', { ...none, platform: cues('recording') }, 'in-call', 'meet · recording'],
    ['a platform cue beats a generic one of an earlier kind', { ...none, platform: cues('inCall'), generic: { lobby: cue('lobby', true), ended: cue('ended', true) } }, 'in-call', 'meet · inCall'],
    ['generic cues decide when the platform says nothing', { ...none, generic: { inCall: cue('inCall', true) } }, 'in-call', 'generic · inCall'],
    ['lobby with camera preview', { ...none, platform: cues('lobby'), liveMedia: { elements: 2, remoteStream: true } }, 'lobby', 'meet · lobby'],
    ['the own preview alone is no call', { ...none, liveMedia: preview }, 'pending', null],
    ['two live media elements without any cue: unsure, so in a call', { ...none, liveMedia: { elements: 2, remoteStream: false } }, 'in-call', 'live media · 2 live media elements'],
    ['a remote stream without any cue: in a call', { ...none, liveMedia: { elements: 1, remoteStream: true } }, 'in-call', 'live media · a remote stream'],
    ['nothing yet', none, 'pending', null],
  ] as const)('%s', (_name, page, phase, label) => {
    const observation = classify(signals(page));
    expect(observation.phase).toBe(phase);
    expect(observation.phaseCue?.label ?? null).toBe(label);
  });

  test('live media and generic cues are fallback, platform cues are not', () => {
    expect(classify(signals({ ...none, liveMedia: { elements: 2, remoteStream: false } })).phaseCue?.fallback).toBe(true);
    expect(classify(signals({ ...none, generic: { inCall: cue('inCall', true) } })).phaseCue?.fallback).toBe(true);
    expect(classify(signals({ ...none, platform: cues('inCall') })).phaseCue?.fallback).toBe(false);
  });

  test('recording and stop announcements are reported in any phase, the platform\'s first', () => {
    const observation = classify(signals({ ...none, platform: cues('lobby', 'recording'), generic: { recording: cue('recording', true), recordingStopped: cue('recordingStopped', true) } }));
    expect(observation.phase).toBe('lobby');
    expect(observation.recordingCue?.label).toBe('meet · recording');
    expect(observation.stopCue?.label).toBe('generic · recordingStopped');
    expect(classify(signals({ ...none, callPage: false, platform: cues('recording') })).recordingCue).toBeNull();
  });

  test('a check decided by the platform\'s cues never reads the generic deciding cues or live media', () => {
    const asked: string[] = [];
    classify(signals({ ...none, platform: cues('inCall') }, asked));
    expect(asked).not.toContain('generic inCall');
    expect(asked).not.toContain('generic lobby');
    expect(asked).not.toContain('liveMedia');
    // The guards and the recording announcements are read from both sets.
    expect(asked).toEqual(expect.arrayContaining(['generic waiting', 'generic recording', 'generic recordingStopped']));
    const notACall: string[] = [];
    classify(signals({ ...none, callPage: false }, notACall));
    expect(notACall).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { classify, type Signals } from '../../../extension/detect/classify.ts';

const none: Signals = { callPage: true, inCallHint: false, lobbyHint: false, recordingHint: false, endedHint: false, liveMedia: 0 };

describe('classify: URL → DOM hints → live media, failing towards a reminder', () => {
  test.each([
    ['not a call page, whatever else', { ...none, callPage: false, inCallHint: true, liveMedia: 2 }, 'none', false],
    ['leave button', { ...none, inCallHint: true }, 'in-call', false],
    ['leave button beats a stale lobby marker', { ...none, inCallHint: true, lobbyHint: true }, 'in-call', false],
    ['recording indicator alone means in a call', { ...none, recordingHint: true }, 'in-call', true],
    ['ended screen', { ...none, endedHint: true, liveMedia: 1 }, 'ended', false],
    ['lobby with camera preview', { ...none, lobbyHint: true, liveMedia: 1 }, 'lobby', false],
    ['live media without any hint: unsure, so in a call', { ...none, liveMedia: 1 }, 'in-call', false],
    ['nothing yet', none, 'pending', false],
  ] as const)('%s', (_name, signals, phase, recording) => {
    expect(classify(signals)).toEqual({ phase, recording });
  });
});

import { describe, expect, test } from 'vitest';
import type { CallState } from '../../../extension/detect/phase-machine.ts';
import { reminderEvent } from '../../../extension/reminder/transitions.ts';
import type { ReminderSettings } from '../../../extension/settings/types.ts';

const all: ReminderSettings = { atCallStart: true, onRecording: true, atCallEnd: true, startCollapsed: false };
const lobby: CallState = { phase: 'lobby', recording: false };
const inCall: CallState = { phase: 'in-call', recording: false };
const recording: CallState = { phase: 'in-call', recording: true };
const ended: CallState = { phase: 'ended', recording: false };

describe('reminder transitions', () => {
  test('joining shows the call-start rules, respecting an earlier dismissal', () => {
    expect(reminderEvent({ previous: lobby, current: inCall, meetingChanged: false }, all)).toEqual({
      kind: 'show',
      moment: 'call-start',
      prompt: 'promptCallStart',
      respectDismissal: true,
    });
  });

  test('a recording indicator prompts, even after a dismissal, also when present on arrival', () => {
    const expected = { kind: 'show', moment: 'recording-started', prompt: 'promptRecording', respectDismissal: false };
    expect(reminderEvent({ previous: inCall, current: recording, meetingChanged: false }, all)).toEqual(expected);
    expect(reminderEvent({ previous: null, current: recording, meetingChanged: false }, all)).toEqual(expected);
    expect(reminderEvent({ previous: recording, current: recording, meetingChanged: false }, all)).toEqual({ kind: 'none' });
  });

  test('leaving prompts about copies and registering; with the prompt off the reminder goes', () => {
    expect(reminderEvent({ previous: recording, current: ended, meetingChanged: false }, all)).toMatchObject({ kind: 'show', moment: 'call-end' });
    expect(reminderEvent({ previous: inCall, current: { phase: 'none', recording: false }, meetingChanged: false }, all)).toMatchObject({ moment: 'call-end' });
    expect(reminderEvent({ previous: inCall, current: ended, meetingChanged: false }, { ...all, atCallEnd: false })).toEqual({ kind: 'hide' });
  });

  test('moving straight into another meeting starts anew', () => {
    expect(reminderEvent({ previous: inCall, current: inCall, meetingChanged: true }, all)).toMatchObject({ kind: 'show', moment: 'call-start' });
  });

  test('settings switch moments off', () => {
    expect(reminderEvent({ previous: lobby, current: inCall, meetingChanged: false }, { ...all, atCallStart: false })).toEqual({ kind: 'none' });
    expect(reminderEvent({ previous: inCall, current: recording, meetingChanged: false }, { ...all, onRecording: false })).toEqual({ kind: 'none' });
  });

  test('in the lobby no reminder stays up', () => {
    expect(reminderEvent({ previous: null, current: lobby, meetingChanged: false }, all)).toEqual({ kind: 'hide' });
  });
});

test('the waiting room is not the call: no reminder, and waiting → in call starts it', () => {
  const waiting: CallState = { phase: 'waiting', recording: false };
  expect(reminderEvent({ previous: lobby, current: waiting, meetingChanged: false }, all)).toEqual({ kind: 'hide' });
  expect(reminderEvent({ previous: waiting, current: inCall, meetingChanged: false }, all)).toMatchObject({ kind: 'show', moment: 'call-start' });
  // Recording announced while waiting (Meet's consent dialog) prompts about recording on admission.
  expect(reminderEvent({ previous: { phase: 'waiting', recording: true }, current: recording, meetingChanged: false }, all)).toMatchObject({ moment: 'recording-started' });
});

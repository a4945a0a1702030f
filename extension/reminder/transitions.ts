// What the reminder should do when the call state changes. Pure, so each transition is unit tested.
import type { Moment } from '../../shared/rules/index.ts';
import type { CallState } from '../detect/phase-machine.ts';
import type { ReminderSettings } from '../settings/types.ts';

export type ReminderEvent =
  | { kind: 'show'; moment: Moment; prompt: 'promptCallStart' | 'promptRecording' | 'promptCallEnd'; respectDismissal: boolean }
  | { kind: 'hide' }
  | { kind: 'none' };

export interface Transition {
  previous: CallState | null;
  current: CallState;
  /** The meeting changed within the page (SPA navigation from one call to another). */
  meetingChanged: boolean;
}

export function reminderEvent({ previous, current, meetingChanged }: Transition, settings: ReminderSettings): ReminderEvent {
  const wasInCall = previous?.phase === 'in-call' && !meetingChanged;
  if (current.phase === 'in-call') {
    if (!wasInCall) {
      if (current.recording && settings.onRecording) return { kind: 'show', moment: 'recording-started', prompt: 'promptRecording', respectDismissal: false };
      return settings.atCallStart ? { kind: 'show', moment: 'call-start', prompt: 'promptCallStart', respectDismissal: true } : { kind: 'none' };
    }
    if (current.recording && previous?.recording !== true && settings.onRecording) {
      return { kind: 'show', moment: 'recording-started', prompt: 'promptRecording', respectDismissal: false };
    }
    return { kind: 'none' };
  }
  if (previous?.phase === 'in-call') {
    return settings.atCallEnd ? { kind: 'show', moment: 'call-end', prompt: 'promptCallEnd', respectDismissal: false } : { kind: 'hide' };
  }
  // Lobby, waiting room, pending or no call, and not just leaving one: a stale reminder from an earlier call goes.
  return current.phase === 'ended' ? { kind: 'none' } : { kind: 'hide' };
}

import { describe, expect, test } from 'vitest';
import type { DetectionCues } from '../../../extension/messages.ts';
import { healthParts } from '../../../extension/ui/popup/health.ts';

const cues = (fields: Partial<DetectionCues>): DetectionCues => ({ phase: null, recording: null, fallbackOnly: false, override: false, ...fields });

describe('the popup’s detection health line', () => {
  test('names the cue that decided the phase and the one that says the platform records', () => {
    expect(healthParts(cues({ phase: 'jitsi · admitted · .hangup-menu-button (VERIFIED)', recording: 'jitsi · recording · [role=alert] ~ /recording/ (VERIFIED)' }), 'en')).toEqual([
      'phase from: jitsi · admitted · .hangup-menu-button (VERIFIED)',
      'recording from: jitsi · recording · [role=alert] ~ /recording/ (VERIFIED)',
    ]);
  });

  test('says so when no cue matched, when only the fallback spoke, and when an override decided, in Dutch too', () => {
    expect(healthParts(cues({}), 'en')).toEqual(['no cue matched']);
    expect(healthParts(cues({ phase: 'live media: 2', fallbackOnly: true }), 'nl')).toEqual([
      'fase volgens: live media: 2',
      'alleen terugvaloptie: geen kenmerk van dit platform herkend (algemene woorden of live beeld en geluid beslisten); een beheerder kan een aanvulling (hintOverrides) instellen',
    ]);
    expect(healthParts(cues({ phase: 'teams · inCall · [data-tid=x] (OVERRIDE)', override: true }), 'en').at(-1)).toBe('an override from the organisation’s settings decided');
  });
});

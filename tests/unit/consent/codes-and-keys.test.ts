import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { meetingKey } from '../../../shared/consent/meeting-key.ts';
import { codeStatus, formatShortCode, normalizeShortCode, registrationsMatch } from '../../../shared/consent/recording-codes.ts';
import type { Entry } from '../../../shared/consent/entry.ts';

describe('meetingKey', () => {
  const salt = new Uint8Array(32).map((_, i) => i);

  it('is HMAC-SHA-256 of platform and meeting id under the install salt (checked with node:crypto)', () => {
    const expected = createHmac('sha256', salt).update('teams\n19:meeting_abc@thread.v2').digest('hex');
    expect(meetingKey(salt, 'teams', '19:meeting_abc@thread.v2')).toBe(expected);
  });

  it('differs per salt, platform and id, and refuses a short salt or empty id', () => {
    const key = meetingKey(salt, 'meet', 'abc-defg-hij');
    expect(meetingKey(salt.map((b) => b ^ 1), 'meet', 'abc-defg-hij')).not.toBe(key);
    expect(meetingKey(salt, 'jitsi', 'abc-defg-hij')).not.toBe(key);
    expect(() => meetingKey(new Uint8Array(16), 'meet', 'x')).toThrow(/at least 32 bytes/);
    expect(() => meetingKey(salt, 'meet', '')).toThrow(/empty/);
  });
});

describe('recording codes', () => {
  const code = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
  const registration = (party: 'staff' | 'client', full: string | null, short: string | null) =>
    ({ kind: 'recording-registered', party, code: full, shortCode: short }) as Extract<Entry, { kind: 'recording-registered' }>;

  it('reads the short form however it is typed', () => {
    for (const typed of ['E3B0 C442 98FC', 'e3b0-c442-98fc', ' e3b0c44298fc ', code]) expect(normalizeShortCode(typed)).toBe('e3b0c44298fc');
    expect(normalizeShortCode('e3b0 c442 98f')).toBeNull();
    expect(normalizeShortCode('g3b0 c442 98fc')).toBeNull();
    expect(formatShortCode(code)).toBe('e3b0 c442 98fc');
  });

  it('matches two registrations on what both hold', () => {
    expect(registrationsMatch(registration('staff', code, null), registration('client', null, 'e3b0c44298fc'))).toBe('short-only');
    expect(registrationsMatch(registration('staff', code, null), registration('client', null, 'e3b0c44298fd'))).toBe('differ');
    expect(registrationsMatch(registration('staff', code, null), registration('client', code.replace(/5$/, '6'), null))).toBe('differ');
    expect(registrationsMatch(registration('staff', code, null), registration('client', code, null))).toBe('match');
  });
});

describe('codeStatus', () => {
  const registration = (party: 'staff' | 'client', code: string | null, shortCode: string | null, seq: number): Entry =>
    ({ seq, kind: 'recording-registered', party, code, shortCode }) as unknown as Entry;
  const full = 'ab'.repeat(32);

  it('is pending until both parties registered, then compares the latest of each', () => {
    expect(codeStatus([registration('staff', full, null, 1)])).toMatchObject({ match: null, client: null });
    const mismatch = codeStatus([registration('staff', full, null, 1), registration('client', null, 'ffff00001111', 2)]);
    expect(mismatch.match).toBe('differ');
    const corrected = codeStatus([registration('staff', full, null, 1), registration('client', null, 'ffff00001111', 2), registration('client', null, full.slice(0, 12), 3)]);
    expect(corrected).toMatchObject({ match: 'short-only', client: { seq: 3 } });
  });
});

import { describe, expect, it } from 'vitest';
import { lookUpCode, registrationsOf } from '../../../shared/case/match-code.ts';
import { caseLog } from './case-log.ts';

const CODE = 'ab'.repeat(32);
const OTHER = 'cd'.repeat(32);

describe('lookUpCode', () => {
  it('matches only equal full codes, and names every registration that differs', async () => {
    const log = await caseLog(CODE, { code: OTHER });
    const registrations = registrationsOf(log.export.entries);
    expect(registrations.map((r) => r.party)).toEqual(['staff', 'client']);
    const staffCopy = lookUpCode(CODE, registrations);
    expect(staffCopy.verdict).toBe('registered');
    expect(staffCopy.registrations.map((r) => [r.party, r.match, r.seq])).toEqual([
      ['staff', 'match', 2],
      ['client', 'differ', 3],
    ]);
    expect(staffCopy.registrations[0]).toMatchObject({ time: '2026-11-29T09:50:00.000Z', caseRef: 'DV-2026-0142', platform: 'google-meet' });
    expect(lookUpCode('ef'.repeat(32), registrations).verdict).toBe('none');
  });

  it('a short registration agreeing in 12 digits is "short-only", never a match', async () => {
    const forged = `${CODE.slice(0, 12)}${'0'.repeat(52)}`;
    const registrations = registrationsOf((await caseLog(OTHER, { shortCode: CODE.slice(0, 12) })).export.entries);
    const lookup = lookUpCode(forged, registrations);
    expect(lookup.verdict).toBe('short-only');
    expect(lookup.registrations.map((r) => r.match)).toEqual(['differ', 'short-only']);
  });

  it('a full registration agreeing in the first 12 digits only is no match', async () => {
    const registrations = registrationsOf((await caseLog(CODE, { code: OTHER })).export.entries);
    expect(lookUpCode(`${CODE.slice(0, 12)}${'0'.repeat(52)}`, registrations).verdict).toBe('none');
  });
});

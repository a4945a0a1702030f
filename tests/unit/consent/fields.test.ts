import { describe, expect, it } from 'vitest';
import { checkCaseRef, checkDate, checkNote, checkStaff, checkTime } from '../../../shared/consent/fields.ts';
import { entryProblem } from '../../../shared/consent/validate-entry.ts';
import { randomDraft, seededRandom } from './sample-log.ts';

describe('case reference', () => {
  it.each(['DV-2026-0142', 'K19', 'casus_7', 'A'])('accepts %s', (value) => expect(checkCaseRef(value)).toBeNull());
  it.each([
    ['jan@example.nl', /e-mail/],
    ['https://teams.microsoft.com/l/meetup-join/19', /web address/],
    ['www.example.nl', /web address/],
    ['teams.microsoft.com/x', /web address/],
    ['0612345678', /phone number/],
    ['+31 6 1234 5678', /phone number/],
    ['06-12345678', /phone number/],
    ['Jan Jansen', /letters, digits/],
    ['', /non-empty/],
    ['x'.repeat(33), /longer than 32/],
  ])('refuses %s', (value, reason) => expect(checkCaseRef(value)).toMatch(reason));
});

describe('other fields', () => {
  it('staff: initials or a role, not an e-mail address', () => {
    for (const value of ['MvdB', 'A.B.', 'hulpverlener', "d'Hondt", 'Ö.Ş.']) expect(checkStaff(value)).toBeNull();
    expect(checkStaff('mb@blijf.nl')).toMatch(/e-mail/);
    expect(checkStaff('<b>x</b>')).toMatch(/may only hold/);
  });

  it('note: plain text up to 2000 characters, newlines allowed, other control characters not', () => {
    expect(checkNote('regel 1\nregel 2 <script>alert(1)</script>')).toBeNull();
    expect(checkNote('x'.repeat(2001))).toMatch(/longer than 2000/);
    expect(checkNote('bell\u0007')).toMatch(/control/);
  });

  it('times and dates must be real', () => {
    expect(checkTime('2026-11-29T09:15:02.123Z')).toBeNull();
    expect(checkTime('2026-11-29T09:15:02Z')).toBeNull();
    expect(checkTime('2026-11-29 09:15')).toMatch(/ISO/);
    expect(checkTime('2026-13-40T09:15:02Z')).toMatch(/not a real time/);
    expect(checkDate('2026-02-29')).toMatch(/not a real date/);
    expect(checkDate('2028-02-29')).toBeNull();
  });
});

describe('entryProblem', () => {
  const draft = {
    time: '2026-11-29T09:00:00.000Z', platform: 'teams', meetingKey: null, caseRef: 'K19', staff: 'AB',
    catalogue: null, noticeHash: null, note: '', kind: 'concerns-discussed',
  };

  it('accepts drafts of every kind from the sample set', () => {
    const random = seededRandom(2);
    for (let i = 0; i < 200; i++) expect(entryProblem(randomDraft(random, new Date(Date.UTC(2026, 10, 29))), false)).toBeNull();
  });

  it('names the field that is wrong', () => {
    expect(entryProblem({ ...draft, kind: 'video-secretly' }, false)).toMatch(/unknown kind "video-secretly"/);
    expect(entryProblem({ ...draft, platform: undefined }, false)).toMatch(/field "platform"/);
    expect(entryProblem({ ...draft, meetingURL: 'https://x' }, false)).toMatch(/field "meetingURL" is not part/);
    const { staff: _s, ...withoutStaff } = draft;
    expect(entryProblem(withoutStaff, false)).toMatch(/field "staff" is missing/);
    expect(entryProblem(draft, true)).toMatch(/field "seq" is missing/);
  });

  it('checks kind fields and cross-field rules', () => {
    const base = { ...draft, kind: 'video-manager-decision', decision: 'allowed', decidedOn: '2026-11-31' };
    expect(entryProblem(base, false)).toMatch(/decidedOn.*not a real date/);
    const registration = { ...draft, kind: 'recording-registered', party: 'client', code: null, shortCode: null };
    expect(entryProblem(registration, false)).toMatch(/either the full code or the short code/);
    expect(entryProblem({ ...registration, shortCode: '3F2A9C01B7DE' }, false)).toMatch(/12 lowercase hex/);
    expect(entryProblem({ ...draft, kind: 'video-staff-view', consulted: [] }, false)).toMatch(/1 to 10/);
    const correction = { ...draft, kind: 'correction', corrects: 7, seq: 7, prev: '0'.repeat(64), hash: '0'.repeat(64) };
    expect(entryProblem(correction, true)).toMatch(/"corrects" must name an earlier entry/);
    expect(entryProblem({ ...correction, corrects: 6 }, true)).toBeNull();
  });
});

describe('own-property field names', () => {
  it('refuses names that Object.prototype has, and checks the nonce', async () => {
    const { entryProblem } = await import('../../../shared/consent/validate-entry.ts');
    const { randomDraft, seededRandom } = await import('./sample-log.ts');
    const draft = randomDraft(seededRandom(2), new Date('2026-11-29T10:00:00.000Z'));
    for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
      const hidden = JSON.parse(JSON.stringify(draft).replace(/^\{/, `{"${name}":"hidden",`)) as object;
      expect(entryProblem(hidden, false), name).toBe(`field "${name}" is not part of this entry kind`);
    }
    expect(entryProblem({ ...draft, nonce: '0123456789abcdef0123456789abcdef' }, false)).toBeNull();
    expect(entryProblem({ ...draft, nonce: 'guessable' }, false)).toMatch(/"nonce" must be 32 lowercase hex/);
  });
});

// The overlay's one-click notices and the log page's forms: every outcome they can produce is an
// entry the log accepts, and each moment offers the notices that belong to it.
import { describe, expect, test } from 'vitest';
import type { EntryCommon } from '../../../shared/consent/entry.ts';
import { entryProblem, ENTRY_KINDS } from '../../../shared/consent/validate-entry.ts';
import { MOMENTS } from '../../../shared/rules/index.ts';
import { NOTICE_IDS, NOTICES, noticesFor } from '../../../extension/flows/notices.ts';
import { FORM_KINDS, FORMS, initialValues, kindFields } from '../../../extension/ui/log/entry-forms.ts';
import { KIND_LABELS } from '../../../extension/ui/log/labels.ts';

const COMMON: EntryCommon = {
  time: '2026-11-29T09:15:02.123Z',
  platform: 'teams',
  meetingKey: 'a'.repeat(64),
  caseRef: null,
  staff: 'MvdB',
  catalogue: { version: '1.0.0', hash: 'b'.repeat(64) },
  noticeHash: 'c'.repeat(64),
  note: '',
};

describe('overlay notices', () => {
  test('every notice makes a valid entry and ids are unique', () => {
    for (const notice of NOTICES) expect(entryProblem({ ...notice.fields, ...COMMON }, false), notice.id).toBeNull();
    expect(new Set(NOTICE_IDS).size).toBe(NOTICES.length);
  });

  test('each notice is offered at its own moment only; the end of a call offers the copies', () => {
    for (const notice of NOTICES) expect(noticesFor(notice.moment)).toContain(notice);
    expect(noticesFor('call-end').map((notice) => notice.fields.kind)).toEqual(['copy', 'copy', 'copy']);
    expect(noticesFor('client-asks-video').map((notice) => notice.id)).toEqual(['video-refused-portrait-right', 'video-referred']);
    const offered = MOMENTS.flatMap((moment) => noticesFor(moment).map((notice) => notice.id));
    expect(new Set(offered)).toEqual(new Set(NOTICE_IDS));
  });

  test('the policy’s one-click flows are all there', () => {
    const kinds = new Set(NOTICES.map((notice) => notice.fields.kind));
    for (const kind of ['client-records-audio', 'staff-asks-to-record', 'video-request', 'platform-recording-started', 'vulnerable-person-present', 'copy', 'publish-request', 'concerns-discussed']) {
      expect(kinds, kind).toContain(kind);
    }
  });
});

describe('log page forms', () => {
  const filled: Record<string, Record<string, string>> = {
    'video-staff-view': { consulted: ' AB, C. de V ,, ' },
    'video-manager-decision': { decidedOn: '2026-11-30' },
    correction: { corrects: '1' },
  };

  test('every kind but registration and retention has a form, and each form makes a valid entry', () => {
    expect([...FORM_KINDS, 'recording-registered', 'retention-deleted'].sort()).toEqual([...ENTRY_KINDS].sort());
    for (const kind of FORM_KINDS) {
      const values = { ...initialValues(kind), ...filled[kind] };
      const draft = { ...kindFields(kind, values), ...COMMON };
      // A correction names an earlier entry, which needs a place in the chain to check.
      const chained = kind === 'correction' ? { ...draft, seq: 2, prev: 'd'.repeat(64), hash: 'e'.repeat(64) } : draft;
      expect(entryProblem(chained, kind === 'correction'), kind).toBeNull();
    }
  });

  test('lists are split on commas and trimmed, yes/no becomes a boolean, a number a number', () => {
    expect(kindFields('video-staff-view', { consulted: ' AB, C. de V ,, ' })).toEqual({ kind: 'video-staff-view', consulted: ['AB', 'C. de V'] });
    expect(kindFields('platform-recording-started', { startedBy: 'client', consentAsked: 'false' })).toEqual({ kind: 'platform-recording-started', startedBy: 'client', consentAsked: false });
    expect(kindFields('correction', { corrects: '12' })).toEqual({ kind: 'correction', corrects: 12 });
  });

  test('a form left empty where a value is needed is refused by the schema, not guessed', () => {
    expect(entryProblem({ ...kindFields('video-manager-decision', initialValues('video-manager-decision')), ...COMMON }, false)).toMatch(/decidedOn/);
    expect(entryProblem({ ...kindFields('video-staff-view', initialValues('video-staff-view')), ...COMMON }, false)).toMatch(/consulted/);
  });

  test('every kind has words in both languages', () => {
    for (const kind of ENTRY_KINDS) {
      expect(KIND_LABELS[kind].nl.length, kind).toBeGreaterThan(0);
      expect(KIND_LABELS[kind].en.length, kind).toBeGreaterThan(0);
    }
    expect(FORMS['concerns-discussed']).toEqual([]);
  });
});

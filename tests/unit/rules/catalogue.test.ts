import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { canonicalJson } from '../../../shared/consent/canonical-json.ts';
import { CATALOGUE, LANGUAGES, MOMENTS, catalogueHash, noticeText, noticeTextHash, rulesFor, type Catalogue } from '../../../shared/rules/index.ts';

describe('the rules catalogue', () => {
  test('its content hash is pinned to its version: a text change needs a version bump', () => {
    expect({ version: CATALOGUE.version, hash: catalogueHash(CATALOGUE) }).toEqual({
      version: '1.1.0',
      hash: 'e425366e889b63d6ffac6cf1bcb16bc399da1f46dc773e9acc8add8f2c9d8ce8',
    });
  });

  test('the hash is SHA-256 over the canonical JSON of rules and announcement', () => {
    const json = canonicalJson({ rules: CATALOGUE.rules, announcement: CATALOGUE.announcement });
    expect(catalogueHash(CATALOGUE)).toBe(createHash('sha256').update(json, 'utf8').digest('hex'));
  });

  test('any change to a rule text changes the hash', () => {
    const [first, ...rest] = CATALOGUE.rules;
    if (first === undefined) throw new Error('empty catalogue');
    const edited: Catalogue = {
      ...CATALOGUE,
      rules: [{ ...first, text: { ...first.text, en: { ...first.text.en, short: `${first.text.en.short} ` } } }, ...rest],
    };
    expect(catalogueHash(edited)).not.toBe(catalogueHash(CATALOGUE));
  });

  test('a change to a client text changes the hash', () => {
    const edited: Catalogue = {
      ...CATALOGUE,
      rules: CATALOGUE.rules.map((rule) => (rule.clientText === undefined ? rule : { ...rule, clientText: { ...rule.clientText, nl: `${rule.clientText.nl}.` } })),
    };
    expect(catalogueHash(edited)).not.toBe(catalogueHash(CATALOGUE));
  });

  test('ids are unique and stable in form', () => {
    const ids = CATALOGUE.rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\.[a-z0-9-]+$/);
  });

  test('every rule has short and long text in Dutch and English, and at least one moment', () => {
    for (const rule of CATALOGUE.rules) {
      expect(rule.moments.length, rule.id).toBeGreaterThan(0);
      for (const language of LANGUAGES) {
        const { short, long } = rule.text[language];
        expect(short.length, `${rule.id} ${language}`).toBeGreaterThan(20);
        expect(short.length, `${rule.id} ${language} short stays short`).toBeLessThan(120);
        expect(long.length, `${rule.id} ${language}`).toBeGreaterThan(short.length);
      }
    }
  });

  test('the policy is covered: audio, video, children, publication, copies, editing, procedure, portrait right', () => {
    const ids = CATALOGUE.rules.map((rule) => rule.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'audio.client-may-record',
        'audio.staff-asks-consent',
        'audio.discuss-worries',
        'audio.recording-supports',
        'audio.no-publication-without-permission',
        'audio.publication-no-ground-to-end-care',
        'care.children-and-incapacitated',
        'copies.both-ways',
        'copies.no-editing',
        'video.staff-may-refuse',
        'video.secret-filming-is-an-offence',
        'video.never-decided-on-the-spot',
        'video.written-conditions',
        'video.refusal-to-sign',
        'video.client-records-two-staff',
      ]),
    );
  });

  test('every moment has rules, and the call start shows only a few', () => {
    for (const moment of MOMENTS) expect(rulesFor(CATALOGUE, moment).length, moment).toBeGreaterThan(0);
    expect(rulesFor(CATALOGUE, 'call-start').length).toBeLessThanOrEqual(3);
    const video = rulesFor(CATALOGUE, 'client-asks-video').map((rule) => rule.id);
    expect(video.slice(0, 2)).toEqual(['video.staff-may-refuse', 'video.secret-filming-is-an-offence']);
    expect(video.slice(-2)).toEqual(['audio.policy-information', 'care.children-and-incapacitated']);
  });
});

describe('the client texts', () => {
  const forClients = CATALOGUE.rules.filter((rule) => rule.audience.includes('client'));

  test('exactly the rules that concern clients have one, in Dutch and English', () => {
    expect(forClients.length).toBeGreaterThan(0);
    for (const rule of CATALOGUE.rules) {
      if (!rule.audience.includes('client')) {
        expect(rule.clientText, rule.id).toBeUndefined();
        continue;
      }
      for (const language of LANGUAGES) {
        const text = rule.clientText?.[language] ?? '';
        expect(text.length, `${rule.id} ${language}`).toBeGreaterThan(40);
        expect(text.length, `${rule.id} ${language} stays short`).toBeLessThan(200);
        expect(text, `${rule.id} ${language} is not the staff wording`).not.toBe(rule.text[language].long);
      }
    }
  });

  test('they speak to the client ("u" in Dutch, "you" in English), not about the client or to staff', () => {
    for (const rule of forClients) {
      const { nl, en } = rule.clientText ?? { nl: '', en: '' };
      expect(nl, rule.id).toMatch(/\b(u|uw)\b/i);
      expect(nl, rule.id).not.toMatch(/cli[eë]nt|medewerker|\b(je|jij|jouw)\b/i);
      expect(en, rule.id).toMatch(/\b(you|your)\b/i);
      expect(en, rule.id).not.toMatch(/\bclients?\b|\bstaff\b|\bthey\b|\bthem\b|invite/i);
    }
  });

  test('they keep to plain language: short sentences', () => {
    for (const rule of forClients) {
      for (const language of LANGUAGES) {
        for (const sentence of (rule.clientText?.[language] ?? '').split(/(?<=[.?!:])\s+/)) {
          expect(sentence.split(/\s+/).length, `${rule.id} ${language}: ${sentence}`).toBeLessThanOrEqual(16);
        }
      }
    }
  });
});

describe('hashing', () => {
  test('the catalogue hash does not depend on the order in which keys are written', () => {
    const reordered = JSON.parse(JSON.stringify(CATALOGUE, (_key, value: unknown) =>
      value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    )) as Catalogue;
    expect(catalogueHash(reordered)).toBe(catalogueHash(CATALOGUE));
  });

  test('the notice hash is the SHA-256 of the UTF-8 text, the same as any standard tool computes', () => {
    const text = noticeText(rulesFor(CATALOGUE, 'client-asks-video'), 'nl');
    expect(noticeTextHash(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    expect(noticeTextHash('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  test('the notice hash does not depend on Unicode normalisation form', () => {
    const composed = 'cli\u00ebnt';
    const decomposed = 'clie\u0308nt';
    expect(composed).not.toBe(decomposed);
    expect(noticeTextHash(decomposed)).toBe(noticeTextHash(composed));
  });
});

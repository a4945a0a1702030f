// Why a track was not compared, worded from its code in both languages: every code (and every
// reason the packets give for not deciding) has a Dutch and an English wording, and the Dutch one
// carries no English but a reader's technical message, marked as such.
import { describe, expect, it } from 'vitest';
import type { UncomparedTrack, UncomparedWhy } from '../../../shared/compare/uncompared-track.ts';
import type { PacketUndecided } from '../../../shared/media/packets/packet-compare.ts';
import { COMPARE_MESSAGES } from '../../../shared/report/compare-messages.ts';
import type { Lang } from '../../../shared/report/lang.ts';
import { uncomparedText } from '../../../shared/report/uncompared-text.ts';

const PACKETS: { [C in PacketUndecided['code']]: Extract<PacketUndecided, { code: C }> } = {
  'codecs-differ': { code: 'codecs-differ', original: 'mp2', copy: 'opus' },
  'table-truncated': { code: 'table-truncated' },
  'no-packets': { code: 'no-packets' },
  'few-identical': { code: 'few-identical', shared: 1200, shorter: 25000 },
  'too-little-distinct': { code: 'too-little-distinct', seconds: 0.46 },
};

const WHY: { [C in UncomparedWhy['code']]: Extract<UncomparedWhy, { code: C }>[] } = {
  'tracks-unknown': [{ code: 'tracks-unknown', side: 'copy' }],
  'only-one-side': [
    { code: 'only-one-side', side: 'original' },
    { code: 'only-one-side', side: 'copy' },
  ],
  unreadable: [
    { code: 'unreadable', side: 'copy', message: 'stsz sample count 12 does not match stts 14' },
    { code: 'unreadable', side: 'original' },
  ],
  'packets-undecided': Object.values(PACKETS).flatMap((packets) => [
    { code: 'packets-undecided' as const, packets, plainSound: false },
    { code: 'packets-undecided' as const, packets, plainSound: true },
  ]),
};

const LANGS: Lang[] = ['nl', 'en'];

const entries: UncomparedTrack[] = Object.values(WHY).flatMap((list) => list.map((why) => ({ track: 'sound 2', reason: '', ...why })));

// Words that would show English left in a Dutch line.
const ENGLISH = /\b(the|only|has|this|track|could|not|read|its|packets|cannot|decide|copy|original|file|different|share|last|silence)\b/i;

describe('a track not compared, in words', () => {
  it('every code and every packet reason is worded in both languages', () => {
    for (const lang of LANGS) {
      expect(Object.keys(COMPARE_MESSAGES[lang].notCompared).sort(), lang).toEqual(Object.keys(WHY).sort());
      expect(Object.keys(COMPARE_MESSAGES[lang].packetsUndecided).sort(), lang).toEqual(Object.keys(PACKETS).sort());
    }
  });

  it('the Dutch line has no English in it but a technical message', () => {
    for (const entry of entries) {
      const nl = uncomparedText(entry, 'nl');
      const en = uncomparedText(entry, 'en');
      expect(nl).toMatch(/^NIET VERGELEKEN: geluid 2 \(.+\)\.$/);
      expect(en).toMatch(/^NOT COMPARED: sound 2 \(.+\)\.$/);
      expect(nl.replace(/technische melding: [^)]*/, ''), nl).not.toMatch(ENGLISH);
    }
  });

  it('says each code’s parameters', () => {
    expect(uncomparedText({ track: 'picture', reason: '', code: 'only-one-side', side: 'original' }, 'nl')).toBe('NIET VERGELEKEN: beeld (alleen het origineel heeft dit spoor).');
    expect(uncomparedText({ track: 'picture', reason: '', code: 'only-one-side', side: 'copy' }, 'en')).toBe('NOT COMPARED: picture (only the copy has this track).');
    expect(uncomparedText({ track: 'sound 2', reason: '', ...WHY.unreadable[0]! }, 'nl')).toBe(
      'NIET VERGELEKEN: geluid 2 (het spoor in de kopie kon niet gelezen worden: technische melding: stsz sample count 12 does not match stts 14).',
    );
    expect(uncomparedText({ track: 'sound 2', reason: '', ...WHY.unreadable[1]! }, 'en')).toBe("NOT COMPARED: sound 2 (the original's track could not be read: no packets).");
    const few = { track: 'picture', reason: '', code: 'packets-undecided', packets: PACKETS['few-identical'], plainSound: false } as const;
    expect(uncomparedText(few, 'nl')).toBe(
      'NIET VERGELEKEN: beeld (opnieuw gecodeerd of een andere codec: de pakketten kunnen het niet uitwijzen, want maar 1.200 van de 25.000 pakketten van het kortste bestand zijn identiek).',
    );
    expect(uncomparedText(few, 'en')).toBe(
      "NOT COMPARED: picture (its packets cannot decide (only 1,200 of the shorter file's 25,000 packets are identical): re-encoded, or another codec).",
    );
    const plain = { track: 'sound 2', reason: '', code: 'packets-undecided', packets: PACKETS['too-little-distinct'], plainSound: true } as const;
    expect(uncomparedText(plain, 'nl')).toMatch(/duren samen maar 0,46 s; .*; het geluid bevat te weinig om te vergelijken: stilte, of een aanhoudende toon\)\.$/);
    expect(uncomparedText(plain, 'en')).toMatch(/last only 0\.46 s .*; its sound carries too little to match \(silence, a steady tone\)\)\.$/);
  });
});

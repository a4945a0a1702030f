import { describe, expect, it } from 'vitest';
import type { CompareReport } from '../../../shared/compare/report.ts';
import { compareReportText } from '../../../shared/report/compare-text.ts';
import { formatCount, formatDuration, formatTime } from '../../../shared/report/format-values.ts';
import { logVerificationText } from '../../../shared/report/log-text.ts';

const file = (sha: string, bytes: number) => ({ sha256: sha.repeat(64), bytes, container: 'wav', duration: 70.74 });

const edited: CompareReport = {
  verdict: 'edited',
  basis: 'bytes',
  unit: 'seconds',
  original: file('a', 2_263_750),
  copy: file('b', 1_943_750),
  resolution: 8.192,
  edits: [
    { kind: 'removed', original: [20, 30] },
    { kind: 'inserted', copy: [40, 45.25], from: null },
    { kind: 'inserted', copy: [50, 51], from: [3, 4] },
    { kind: 'replaced', original: [60, 61], copy: [55, 56] },
    { kind: 'moved', original: [10, 20], copy: [3661.04, 3671.04] },
  ],
};

describe('value formats', () => {
  it('writes times as mm:ss.s, with hours from an hour on', () => {
    expect(formatTime(0)).toBe('00:00.0');
    expect(formatTime(59.96)).toBe('01:00.0');
    expect(formatTime(754.32)).toBe('12:34.3');
    expect(formatTime(3661.04)).toBe('1:01:01.0');
  });

  it('groups thousands per language and writes durations with the decimal mark', () => {
    expect(formatCount(1_234_567, 'nl')).toBe('1.234.567');
    expect(formatCount(1_234_567, 'en')).toBe('1,234,567');
    expect(formatCount(999, 'en')).toBe('999');
    expect(formatDuration(5.25, 'nl')).toBe('5,3 s');
    expect(formatDuration(5.25, 'en')).toBe('5.3 s');
  });
});

describe('comparison report as text', () => {
  it('lists every edit in English', () => {
    expect(compareReportText(edited, 'en')).toBe(
      [
        'EDITED: the copy was changed compared with the original.',
        'Decided by: the bytes of the files.',
        '',
        `Original: recording code aaaa aaaa aaaa (${'a'.repeat(64)}), 2,263,750 bytes, wav, duration 01:10.7`,
        `Copy: recording code bbbb bbbb bbbb (${'b'.repeat(64)}), 1,943,750 bytes, wav, duration 01:10.7`,
        '',
        '5 edits (times as mm:ss.s):',
        '  1. removed: 00:20.0–00:30.0 of the original (10.0 s) is missing from the copy',
        '  2. inserted: 00:40.0–00:45.3 in the copy (5.3 s) is not in the original',
        '  3. inserted: 00:50.0–00:51.0 in the copy (1.0 s) repeats 00:03.0–00:04.0 of the original',
        '  4. replaced: 01:00.0–01:01.0 of the original was replaced by 00:55.0–00:56.0 in the copy',
        '  5. moved: 00:10.0–00:20.0 of the original is at 1:01:01.0–1:01:11.0 in the copy',
        '',
        'Positions are accurate to within 8.2 s.',
        '',
      ].join('\n'),
    );
  });

  it('speaks Dutch', () => {
    const text = compareReportText(edited, 'nl');
    expect(text).toMatch(/^BEWERKT/);
    expect(text).toContain('1. verwijderd: 00:20.0–00:30.0 van het origineel (10,0 s) ontbreekt in de kopie');
    expect(text).toContain('2.263.750 bytes');
    expect(text).toContain('Nauwkeurigheid van de posities: 8,2 s.');
  });

  it('shows byte positions and leaves out exact resolutions and absent durations', () => {
    const text = compareReportText(
      { ...edited, unit: 'bytes', resolution: 0, original: { ...edited.original, duration: null, container: null }, edits: [{ kind: 'removed', original: [1000, 250_000] }] },
      'en',
    );
    expect(text).toContain('1 edit (positions in bytes):');
    expect(text).toContain('removed: 1,000–250,000 of the original (249,000 bytes)');
    expect(text).toContain('unknown file type');
    expect(text).not.toContain('accurate');
    expect(text.split('\n')[3]).not.toContain('duration');
  });

  it('says per edit what it rests on and how precise it is, and what each layer found (nl and en)', () => {
    const combined: CompareReport = {
      ...edited,
      basis: 'audio',
      resolution: 0.3,
      layers: [
        { basis: 'packets', verdict: 'edited' },
        { basis: 'audio', verdict: 'edited' },
      ],
      edits: [
        { kind: 'removed', original: [22.19, 23.19], basis: 'audio', resolution: 0.3 },
        { kind: 'inserted', copy: [40, 41], from: null, basis: 'packets', resolution: 0 },
        { kind: 'moved', original: [10, 15], copy: [30, 35], basis: 'bytes', resolution: 0.02 },
      ],
    };
    const en = compareReportText(combined, 'en').split('\n');
    expect(en[2]).toBe('Per layer: packets: edited; sound: edited.');
    expect(en).toContain('  1. removed: 00:22.2–00:23.2 of the original (1.0 s) is missing from the copy [sound, ± 0.3 s]');
    expect(en).toContain('  2. inserted: 00:40.0–00:41.0 in the copy (1.0 s) is not in the original [packets, exact]');
    expect(en).toContain('  3. moved: 00:10.0–00:15.0 of the original is at 00:30.0–00:35.0 in the copy [bytes, ± 0.02 s]');
    const nl = compareReportText(combined, 'nl').split('\n');
    expect(nl[2]).toBe('Per laag: pakketten: bewerkt; geluid: bewerkt.');
    expect(nl).toContain('  1. verwijderd: 00:22.2–00:23.2 van het origineel (1,0 s) ontbreekt in de kopie [geluid, ± 0,3 s]');
    expect(nl).toContain('  3. verplaatst: 00:10.0–00:15.0 van het origineel staat in de kopie op 00:30.0–00:35.0 [bytes, ± 0,02 s]');
    const bytes = compareReportText({ ...combined, unit: 'bytes', edits: [{ kind: 'removed', original: [0, 9], basis: 'bytes', resolution: 262_144 }] }, 'nl');
    expect(bytes).toContain('[bytes, ± 262.144 bytes]');
  });

  it('warns when a side holds bytes outside the stream that plays (nl and en)', () => {
    const hiding = { ...edited, copy: { ...edited.copy, skipped: [{ offset: 320_649, length: 150 }, { offset: 400_000, length: 35 }] } };
    expect(compareReportText(hiding, 'nl')).toContain(
      'LET OP: de kopie bevat 185 bytes die niet bij de afgespeelde opname horen (vanaf byte 320.649). Spelers slaan ze over; er kan een tweede opname in verborgen zijn.',
    );
    expect(compareReportText(hiding, 'en')).toContain('NOTE: the copy holds 185 bytes that are not part of the recording that plays (from byte 320,649).');
    expect(compareReportText(edited, 'en')).not.toContain('NOTE');
    const second = { ...edited, copy: { ...edited.copy, hidden: [{ offset: 76, length: 567_072, codec: 'mp3' }] } };
    expect(compareReportText(second, 'nl')).toContain(
      'LET OP: de kopie bevat nog een opname (mp3, 567.072 bytes vanaf byte 76) buiten de opname die spelers afspelen. Vergeleken is de opname die spelers afspelen.',
    );
    expect(compareReportText(second, 'en')).toContain('NOTE: the copy holds another recording (mp3, 567,072 bytes from byte 76) outside the one players play.');
  });

  it('has a line for every verdict', () => {
    for (const verdict of ['identical', 'same-content', 'unrelated'] as const) {
      const text = compareReportText({ ...edited, verdict, edits: [] }, 'nl');
      expect(text.split('\n')[0]).toMatch(/^(IDENTIEK|ZELFDE INHOUD|NIET VERWANT):/);
      expect(text).not.toContain('wijziging');
    }
  });
});

describe('log verification as text', () => {
  it('says intact or where it broke', () => {
    expect(logVerificationText({ ok: true, entries: 4, head: 'f'.repeat(64) } as never, 'en')).toMatch(/^INTACT: the log is unbroken \(4 entries/);
    expect(logVerificationText({ ok: false, entries: 4, firstBroken: { index: 1, reason: 'hash mismatch' } }, 'nl')).toBe(
      'GEBROKEN: het logboek is gewijzigd; de eerste fout zit bij vermelding 2 van 4: hash mismatch\n',
    );
    expect(logVerificationText({ ok: false, entries: 4, firstBroken: { index: 4, reason: 'head mismatch' } }, 'en')).toMatch(/after the last entry \(4\)/);
  });
});

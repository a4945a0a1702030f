import { describe, expect, it } from 'vitest';
import { readAudioSection, validateAudioSection, writeAudioSection } from '../../../shared/audio/section.ts';
import { audioLayer } from '../../../shared/compare/audio-layer.ts';
import { compare } from '../../../shared/compare/compare.ts';
import { fingerprintOf as fileFingerprintOf } from '../../../shared/fingerprint/fingerprinter.ts';
import { readFingerprintFile, writeFingerprintFile } from '../../../shared/fingerprint/fingerprint-file.ts';
import type { Fingerprint } from '../../../shared/fingerprint/fingerprint.ts';
import { fingerprintOf, flipBits, randomWords } from './synthetic-fingerprint.ts';

const words = randomWords(4000, 3);

function side(name: string, audioWords: number[] | null): Fingerprint {
  const fp = fileFingerprintOf(name, new TextEncoder().encode(`stand-in bytes of ${name}`));
  if (audioWords) fp.audio = writeAudioSection(fingerprintOf(audioWords));
  return fp;
}

describe('audio layer', () => {
  it('cannot decide without an audio section on both sides', async () => {
    expect(await audioLayer.compare({ fingerprint: side('a.m4a', words) }, { fingerprint: side('b.mp3', null) })).toBeNull();
  });

  it('reports a re-encoded copy as the same content, in seconds, on the audio basis', async () => {
    const report = await compare({ fingerprint: side('a.m4a', words) }, { fingerprint: side('b.mp3', flipBits(words, 0.1, 2)) }, [audioLayer]);
    expect(report).toMatchObject({ verdict: 'same-content', basis: 'audio', unit: 'seconds', edits: [], resolution: 0.3 });
    expect(report.original.sha256).not.toBe(report.copy.sha256);
  });

  it('reports a cut found through a fingerprint file read back with the audio validator', async () => {
    const text = writeFingerprintFile(side('a.m4a', words));
    const original = readFingerprintFile(text, { sections: { audio: validateAudioSection } });
    expect(readAudioSection(original.audio).subFingerprints).toEqual(Uint32Array.from(words));
    const copy = side('b.mp3', flipBits([...words.slice(0, 1500), ...words.slice(1800)], 0.1, 4));
    const report = await compare({ fingerprint: original }, { fingerprint: copy }, [audioLayer]);
    expect(report.verdict).toBe('edited');
    expect(report.edits.map((e) => e.kind)).toEqual(['removed']);
  });

  it('takes a side\'s sound as decoded (the words, as the CLI keeps them) the same as its section, and still checks a section', async () => {
    const cut = flipBits([...words.slice(0, 1500), ...words.slice(1800)], 0.1, 4);
    const decoded = { ...side('a.m4a', null), audio: fingerprintOf(words) };
    const fromSections = await compare({ fingerprint: side('a.m4a', words) }, { fingerprint: side('b.mp3', cut) }, [audioLayer]);
    const fromWords = await compare({ fingerprint: decoded }, { fingerprint: side('b.mp3', cut) }, [audioLayer]);
    expect(fromWords).toEqual(fromSections);
    // Look-alike fields that are not the decoded arrays are a section, and checked as one.
    const fake = { ...side('a.m4a', null), audio: { subFingerprints: Array.from(words), loudness: 'AA==' } };
    await expect(compare({ fingerprint: fake }, { fingerprint: side('b.mp3', cut) }, [audioLayer])).rejects.toThrow(/audio\.algorithm/);
  });

  it('refuses a fingerprint file whose audio section is damaged, naming the field', () => {
    const fp = side('a.m4a', words);
    const text = writeFingerprintFile(fp).replace(`"count": ${(fp.audio as { count: number }).count}`, '"count": 7');
    expect(() => readFingerprintFile(text, { sections: { audio: validateAudioSection } })).toThrow(/"audio" section: audio\.count: is 7/);
  });
});

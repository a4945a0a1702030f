// The packet layer inside the layered comparison (shared/compare): an original known only by its
// fingerprint file (with its packets section) against copies given as files.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { compare } from '../../../shared/compare/compare.ts';
import { Fingerprinter } from '../../../shared/fingerprint/fingerprinter.ts';
import { readFingerprintFile, writeFingerprintFile } from '../../../shared/fingerprint/fingerprint-file.ts';
import type { Fingerprint } from '../../../shared/fingerprint/fingerprint.ts';
import { packetCompareLayer } from '../../../shared/media/packets/packet-compare-layer.ts';
import { packetLayer } from '../../../shared/media/packets/packet-layer.ts';
import { readPacketSection } from '../../../shared/media/packets/packet-section.ts';
import { cut, remux } from '../../fixtures/media/lossless-edits.ts';
import { ensureMedia, mediaPath } from '../../fixtures/media/make-media.ts';
import { memoryByteSource } from './node-byte-source.ts';

beforeAll(() => {
  ensureMedia();
}, 120_000);

async function fingerprintOf(path: string, withPackets: boolean): Promise<{ fingerprint: Fingerprint; bytes: Uint8Array }> {
  const bytes = new Uint8Array(readFileSync(path));
  const name = path.split('/').pop()!;
  const fingerprint = new Fingerprinter(name, bytes.length).update(bytes).finish();
  if (withPackets) fingerprint.packets = (await packetLayer(memoryByteSource(name, bytes))).section ?? undefined;
  return { fingerprint, bytes };
}

describe('packetCompareLayer', () => {
  test('a fingerprint file (packets section read back) against a remux: same content, basis packets', async () => {
    const original = await fingerprintOf(mediaPath('opus.webm'), true);
    // Through the file format, with the section validated (and read) on the way in.
    const stored = readFingerprintFile(writeFingerprintFile(original.fingerprint), { sections: { packets: readPacketSection } });
    const copy = await fingerprintOf(remux('opus.webm', '.ogg'), false);
    const report = await compare({ fingerprint: stored }, { fingerprint: copy.fingerprint, source: memoryByteSource('copy.ogg', copy.bytes) }, [packetCompareLayer]);
    expect(report).toMatchObject({ verdict: 'same-content', basis: 'packets', unit: 'seconds', edits: [], resolution: 0 });
    expect(report.original.sha256).toBe(original.fingerprint.file.sha256);
  });

  test('a trimmed copy given as a file: the removed seconds', async () => {
    const original = await fingerprintOf(mediaPath('aac.m4a'), true);
    const copy = await fingerprintOf(cut('aac.m4a', 2, 7), false);
    const report = await compare({ fingerprint: original.fingerprint }, { fingerprint: copy.fingerprint, source: memoryByteSource('cut.m4a', copy.bytes) }, [packetCompareLayer]);
    expect(report.basis).toBe('packets');
    expect(report.edits.map((e) => e.kind)).toEqual(['removed', 'removed']);
  });

  test('no packets section and no file, or a re-encoded copy: the layer does not answer', async () => {
    const a = await fingerprintOf(mediaPath('cbr.mp3'), false);
    const b = await fingerprintOf(mediaPath('vbr.mp3'), true);
    expect(await packetCompareLayer.compare({ fingerprint: a.fingerprint }, { fingerprint: b.fingerprint })).toBeNull();
    const source = memoryByteSource('cbr.mp3', a.bytes);
    expect(await packetCompareLayer.compare({ fingerprint: a.fingerprint, source }, { fingerprint: b.fingerprint })).toBeNull();
  });
});

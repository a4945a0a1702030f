// The Node fingerprint reads the container alongside the chunking: its packets section equals the
// packet layer's on the same file, whether the reader streams (WebM, Ogg, faststart M4A), needs
// random access (MP3, M4A with the moov at the end), spans many read blocks, or cannot read it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { packetLayer } from '../../../shared/media/packets/packet-layer.ts';
import { fingerprintInput } from '../../../verifier/node/fingerprint-input.ts';
import { openInput } from '../../../verifier/node/open-input.ts';
import { ensureMedia, mediaPath } from '../../fixtures/media/make-media.ts';
import { memoryByteSource } from '../media/node-byte-source.ts';
import { buildChunkWorker, GENERATED_DIR } from './chunk-worker-build.ts';

const dir = GENERATED_DIR;
const large = `${dir}many-blocks.mkv`;
let workerUrl: URL;

beforeAll(async () => {
  ensureMedia();
  workerUrl = await buildChunkWorker('packet-pass-worker.mjs');
  // Larger than two 8 MiB read blocks, so the streamed reader sees block edges and drops bytes.
  if (!existsSync(large)) {
    execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=d=20:s=1280x720:r=25', '-f', 'lavfi', '-i', 'anoisesrc=d=20:c=pink:r=48000:seed=3',
      '-c:v', 'mjpeg', '-q:v', '2', '-c:a', 'libopus', '-b:a', '64k', large]);
  }
}, 120_000);

async function viaInput(path: string) {
  const input = await openInput(path);
  try {
    return await fingerprintInput(input, { workerUrl });
  } finally {
    await input.handle.close();
  }
}

describe('fingerprintInput with the packet layer', () => {
  it.each([
    ['opus.webm', 'webm'],
    ['opus.ogg', 'ogg'],
    ['faststart.m4a', 'mp4'],
    ['aac.m4a', 'mp4'],
    ['cbr.mp3', 'mp3'],
    ['video.mp4', 'mp4'],
  ])('%s: the section the packet layer makes, and the container and duration', async (name, container) => {
    const path = mediaPath(name);
    const direct = await packetLayer(memoryByteSource(name, new Uint8Array(readFileSync(path))));
    const { fingerprint, media } = await viaInput(path);
    expect(fingerprint.packets).toEqual(direct.section);
    expect([...media!.result.packets]).toEqual([...direct.result.packets]);
    expect(fingerprint.file.container).toBe(container);
    expect(fingerprint.file.duration).toBeCloseTo(direct.result.duration, 6);
    expect(fingerprint.file.duration).toBeGreaterThan(9.9);
  });

  it('a file of many read blocks streams through the reader unchanged', async () => {
    const bytes = new Uint8Array(readFileSync(large));
    expect(bytes.length).toBeGreaterThan(2 * 8 * 1024 * 1024);
    const direct = await packetLayer(memoryByteSource('many-blocks.mkv', bytes));
    const { fingerprint } = await viaInput(large);
    expect(direct.result.packets.length).toBeGreaterThan(500);
    expect(fingerprint.packets).toEqual(direct.section);
    expect(fingerprint.file.container).toBe('matroska');
  });

  it('WAV is left to the byte layer, and a damaged container to the bytes alone', async () => {
    expect((await viaInput(mediaPath('pcm.wav'))).media).toBeNull();
    // Cut before its moov, which comes last: no sample table to read.
    const m4a = readFileSync(mediaPath('aac.m4a'));
    writeFileSync(`${dir}damaged.m4a`, m4a.subarray(0, m4a.length >> 1));
    const { fingerprint, media, packetProblem } = await viaInput(`${dir}damaged.m4a`);
    expect(media).toBeNull();
    expect(fingerprint.packets).toBeUndefined();
    // Still known by its signature, so its sound is decoded as MP4; the report can say why it has no packets.
    expect(fingerprint.file.container).toBe('mp4');
    expect(packetProblem).toMatch(/^no moov box \(the index of the samples.* at byte 0$/);
    expect(fingerprint.chunks.lengths.length).toBeGreaterThan(0);
  });
});

// The CLI's readers refill one window buffer in place (ByteSource.readInto) and hash packets from it
// as they are found; the browser's get a fresh buffer per read. Both must give the same packets,
// hashes and decoder configuration for every container: a reader that kept a view of an earlier
// read across a later one would see the test source's scribbles (node-byte-source.ts) instead.
// Looped copies make files of many windows, so headers and packets straddle window edges.
import { beforeAll, describe, expect, test } from 'vitest';
import { packetLayer } from '../../../shared/media/packets/packet-layer.ts';
import { derive, ensureMedia, mediaPath } from '../../fixtures/media/make-media.ts';
import { fileByteSource, freshReadsOnly } from './node-byte-source.ts';

const MADE_BY_FFMPEG = [
  'aac.m4a', 'faststart.m4a', 'video.mp4', 'video.mov', 'audio.3gp', 'fragmented.mp4', 'opus.webm', 'video.webm', 'vorbis.mkv',
  'opus.ogg', 'vorbis.ogg', 'cbr.mp3', 'vbr.mp3', 'mpeg2.mp3', 'layer2.mp2', 'adts.aac', 'sample.flac', 'pcm.wav', 'rf64.wav',
];
const LOOPED = MADE_BY_FFMPEG.map((name) => `looped-${name}`);

beforeAll(() => {
  ensureMedia();
  for (const name of MADE_BY_FFMPEG) derive(`looped-${name}`, ['-stream_loop', '7', '-i', mediaPath(name), '-c', 'copy', ...(name === 'rf64.wav' ? ['-rf64', 'always'] : [])]);
}, 120_000);

describe('a reused window gives what fresh reads give', () => {
  test.each([...MADE_BY_FFMPEG, 'nb.amr', 'wb.amr', ...LOOPED])('%s', async (name) => {
    const source = fileByteSource(mediaPath(name));
    try {
      const reused = await packetLayer(source);
      const fresh = await packetLayer(freshReadsOnly(source));
      expect(reused.result.packets.length).toBeGreaterThan(100);
      expect(reused.result).toEqual(fresh.result);
      expect(reused.table).toEqual(fresh.table);
    } finally {
      source.close();
    }
  });
});

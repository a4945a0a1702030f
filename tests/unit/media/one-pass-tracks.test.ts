// Every track read in one walk (ReadOptions.everyTrack) gives exactly the tables that reading each
// track in a walk of its own gave (the way before, kept here as the reference): on the track tests'
// videos (MP4, fragmented MP4, WebM; picture and two sounds), the robustness corpus, and seeded
// mutations of the multi-track videos, where a track's own failure must stay that track's. The
// page's streaming pass, fed the file in pieces, gives the same tables.
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ByteSource } from '../../../shared/media/byte-source.ts';
import { MediaError } from '../../../shared/media/media-error.ts';
import { trackHashing } from '../../../shared/media/packets/avc-picture-units.ts';
import { portableSha256 } from '../../../shared/media/packets/packet-hash.ts';
import { packetLayer, StreamingPacketLayer, type PacketLayer } from '../../../shared/media/packets/packet-layer.ts';
import { labelTracks, type TrackTable } from '../../../shared/media/packets/track-tables.ts';
import { ensureRobustnessCorpus, ROBUSTNESS_DIR } from '../../fixtures/robustness/make-robustness.ts';
import { ensureVideos, videoPath } from '../../fixtures/video/make-video.ts';
import { mutate, prng } from './mutate.ts';
import { fileByteSource, memoryByteSource } from './node-byte-source.ts';

const MUTATED_INPUTS = 100;
const MUTATED_CAP = 2_000;

/** The tables as they were made before: one packetLayer() walk per track, by its id. */
async function perTrackTables(source: ByteSource, layer: PacketLayer, packetCap?: number): Promise<TrackTable[]> {
  const out: TrackTable[] = [];
  for (const { track, label } of labelTracks(layer.result.tracks)) {
    if (label === 'sound') continue;
    try {
      const plain = await packetLayer(source, undefined, { track: track.id, packetCap });
      // An H.264 picture is hashed by its NAL units: read again with the hash its avcC gives.
      const picture = trackHashing(portableSha256, { codec: plain.result.codec ?? 'other', decoderConfig: plain.result.decoderConfig });
      const { table } = picture.method ? await packetLayer(source, picture.hash, { track: track.id, packetCap }) : plain;
      if (table && picture.method) table.picture = picture.method;
      out.push({ label, kind: track.kind, id: track.id, table, ...(table ? {} : { problem: 'the track holds no packets' }) });
    } catch (error) {
      if (!(error instanceof MediaError)) throw error;
      out.push({ label, kind: track.kind, id: track.id, table: null, problem: error.message });
    }
  }
  return out;
}

/** The chosen track's layer and the other tracks' tables, or the MediaError that stops the chosen track. */
async function both(source: ByteSource, packetCap?: number): Promise<{ onePass: unknown; perTrack: unknown }> {
  const settle = async (make: () => Promise<unknown>) => make().catch((error: unknown) => (error instanceof MediaError ? error.message : Promise.reject(error)));
  const onePass = await settle(async () => {
    const { tracks, ...layer } = await packetLayer(source, undefined, { everyTrack: true, packetCap });
    return { table: layer.table, endsEarly: layer.result.endsEarly, tracks };
  });
  const perTrack = await settle(async () => {
    const layer = await packetLayer(source, undefined, { packetCap });
    return { table: layer.table, endsEarly: layer.result.endsEarly, tracks: await perTrackTables(source, layer, packetCap) };
  });
  return { onePass, perTrack };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

async function streamed(name: string, bytes: Uint8Array, piece: number): Promise<PacketLayer | null> {
  const layer = new StreamingPacketLayer(name, bytes.length, undefined, { everyTrack: true });
  for (let at = 0; at < bytes.length; at += piece) await layer.update(bytes.subarray(at, at + piece));
  return layer.finish();
}

let videos: string[];
let corpus: string[];

beforeAll(() => {
  const dir = ensureVideos();
  videos = readdirSync(dir).filter((name) => /\.(mp4|webm)$/.test(name));
  corpus = ensureRobustnessCorpus().map((file) => file.name);
}, 600_000);

describe('every track in one walk', () => {
  test('the track videos: the same tables as a walk per track, and the picture and both sounds are there', async () => {
    expect(videos.length).toBeGreaterThanOrEqual(10);
    for (const name of videos) {
      const source = fileByteSource(videoPath(name));
      try {
        const { onePass, perTrack } = await both(source);
        expect(onePass, name).toEqual(perTrack);
      } finally {
        source.close();
      }
    }
    const source = fileByteSource(videoPath('original.mp4'));
    const { tracks } = await packetLayer(source, undefined, { everyTrack: true });
    source.close();
    expect(tracks!.map((t) => [t.label, t.kind, t.table!.times.length > 400])).toEqual([
      ['picture', 'video', true],
      ['sound 2', 'audio', true],
    ]);
  });

  test('the robustness corpus: the same answer, cut and damaged files included', async () => {
    for (const name of corpus) {
      const source = fileByteSource(`${ROBUSTNESS_DIR}${name}`);
      try {
        const { onePass, perTrack } = await both(source);
        expect(onePass, name).toEqual(perTrack);
      } finally {
        source.close();
      }
    }
  });

  test.each(['original.mp4', 'original-fragmented.mp4', 'original.webm'])('%s mutated: the same answer per track, failures included', async (sample) => {
    const original = new Uint8Array(readFileSync(videoPath(sample)));
    const random = prng(sample.length * 31_337);
    const answers = new Set<string>();
    // Every other input is mutated only where tracks are described: the MP4's moov (its sample tables,
    // at the end), the WebM's first 64 KiB (Tracks and the first blocks' heads); there a flipped count,
    // offset or lacing of one track fails that track alone.
    const moov = Buffer.from(original).lastIndexOf('moov') - 4;
    const [from, to] = sample.endsWith('.webm') ? [0, 64 * 1024] : [Math.max(0, moov), original.length];
    for (let i = 0; i < MUTATED_INPUTS; i++) {
      const input =
        i % 2 === 0 ? mutate(original, random) : concat(concat(original.subarray(0, from), mutate(original.subarray(from, to), random)), original.subarray(to));
      const { onePass, perTrack } = await both(memoryByteSource(`${sample}-${i}`, input), MUTATED_CAP);
      expect(onePass, `${sample} mutation ${i} (seeded)`).toEqual(perTrack);
      const tracks = typeof onePass === 'string' ? [] : (onePass as { tracks: TrackTable[] }).tracks;
      answers.add(typeof onePass === 'string' ? 'fails' : tracks.map((t) => (t.problem ?? 'table').split(':')[0]).join(','));
    }
    // The mutations reach both kinds of answer: a whole-file failure and tracks read (some with a problem of their own).
    expect(answers.has('fails') && [...answers].some((a) => a !== 'fails')).toBe(true);
  });

  test('the streaming pass (the page) gives the same tables as the random-access one', async () => {
    for (const name of ['original.mp4', 'original-fragmented.mp4', 'original.webm', 'half-vp9-all.webm', 'sound2-silenced.mp4']) {
      const bytes = new Uint8Array(readFileSync(videoPath(name)));
      const source = memoryByteSource(name, bytes);
      const direct = await packetLayer(source, undefined, { everyTrack: true });
      const pass = await streamed(name, bytes, 64 * 1024);
      expect(pass, name).not.toBeNull();
      expect(pass!.tracks, name).toEqual(direct.tracks);
      expect(pass!.table, name).toEqual(direct.table);
      expect(direct.tracks!.length, name).toBeGreaterThan(0);
    }
  });
});

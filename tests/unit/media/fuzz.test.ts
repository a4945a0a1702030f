// Fuzzing every container reader: seeded mutations and truncations of small real files. Each input
// must give a result or a MediaError (naming the file and an offset), never another exception, a
// hang or unbounded memory. 20,000 inputs per reader: 2-4 s each on a quiet machine.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { hashPackets } from '../../../shared/media/packets/packet-hash.ts';
import { packetLayer, StreamingPacketLayer, type PacketLayer } from '../../../shared/media/packets/packet-layer.ts';
import { MediaError } from '../../../shared/media/media-error.ts';
import { readPackets } from '../../../shared/media/read-packets.ts';
import { ensureMedia, mediaPath } from '../../fixtures/media/make-media.ts';
import { mutate, prng } from './mutate.ts';
import { memoryByteSource } from './node-byte-source.ts';

const INPUTS = 20_000;
/** Inputs per reader that also go through the streaming pass, compared with the random-access one. */
const STREAMED_INPUTS = 1_000;
/**
 * Per reader; reaching it fails the test, because fewer than INPUTS ran. A quiet machine needs 2-4 s
 * per reader; the box leaves room for a CI machine running other test files beside this one.
 */
const TIME_BOX_MS = 45_000;
/** A hang detector: the slowest input, timed again on its own (a loaded machine may pause any one). */
const SLOWEST_INPUT_MS = 1_000;

function withOggCrcs(bytes: Uint8Array): Uint8Array {
  for (let at = 0; at + 27 <= bytes.length; at++) {
    if (bytes[at] !== 0x4f || bytes[at + 1] !== 0x67 || bytes[at + 2] !== 0x67 || bytes[at + 3] !== 0x53) continue;
    const segments = bytes[at + 26]!;
    let size = 27 + segments;
    for (let k = 0; k < segments; k++) size += bytes[at + 27 + k] ?? 0;
    if (at + size > bytes.length) break;
    bytes.fill(0, at + 22, at + 26);
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(at + 22, oggCrc(bytes.subarray(at, at + size)), true);
  }
  return bytes;
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, i) => {
  let r = i << 24;
  for (let k = 0; k < 8; k++) r = r & 0x80000000 ? (r << 1) ^ 0x04c11db7 : r << 1;
  return r >>> 0;
});

function oggCrc(page: Uint8Array): number {
  let crc = 0;
  for (const byte of page) crc = ((crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ byte) & 0xff]!) >>> 0;
  return crc;
}

const READERS: [reader: string, samples: string[]][] = [
  ['wav', ['fuzz.wav', 'fuzz-rf64.wav']],
  ['mp4', ['fuzz.m4a', 'fuzz-fragmented.mp4']],
  ['matroska', ['fuzz.webm', 'fuzz.mkv']],
  ['ogg', ['fuzz-opus.ogg', 'fuzz-vorbis.ogg']],
  ['mp3', ['fuzz.mp3']],
  ['adts', ['fuzz.aac']],
  ['flac', ['fuzz.flac']],
  ['amr', ['fuzz.amr']],
  // Compressed WAV: ADPCM and GSM blocks timed from fmt and fact, MP3 frames inside a data chunk.
  ['wav-compressed', ['fuzz-ima.wav', 'fuzz-ms.wav', 'fuzz-gsm.wav', 'fuzz-mp3.wav']],
  // AMR frames split out of 3GP samples.
  ['amr-3gp', ['fuzz-amr.3gp']],
];

beforeAll(() => {
  ensureMedia();
}, 120_000);

describe('fuzzing the readers', () => {
  test.each(READERS)('%s: no crash, hang or unbounded memory', async (reader, samples) => {
    const files = samples.map((s) => new Uint8Array(readFileSync(mediaPath(s))));
    const random = prng(reader.length * 7919 + samples.length);
    const started = performance.now();
    const heapBefore = process.memoryUsage().heapUsed;
    let ran = 0;
    let parsed = 0;
    let slowest: { ms: number; name: string; input: Uint8Array } = { ms: 0, name: '', input: files[0]! };
    for (; ran < INPUTS && performance.now() - started < TIME_BOX_MS; ran++) {
      const original = files[ran % files.length]!;
      let input = mutate(original, random);
      // Ogg pages carry a CRC that nearly every mutation breaks; every other Ogg input gets its CRCs
      // recomputed so the fuzzer also reaches packet assembly behind the check.
      if (reader === 'ogg' && ran % 2 === 1) input = withOggCrcs(input);
      const name = `${reader}-${ran}.${samples[ran % files.length]!.split('.').pop()}`;
      const t = performance.now();
      if (await readOne(name, input, ran % 8 === 0)) parsed++;
      const took = performance.now() - t;
      if (took > slowest.ms) slowest = { ms: took, name, input };
    }
    const heapGrowth = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
    const again = performance.now();
    await readOne(slowest.name, slowest.input, true);
    const slowestAlone = performance.now() - again;
    console.log(`fuzz ${reader}: ${ran} inputs, ${parsed} parsed, slowest ${slowest.ms.toFixed(1)} ms (${slowestAlone.toFixed(1)} ms alone), ${((performance.now() - started) / 1000).toFixed(1)} s, heap +${heapGrowth.toFixed(0)} MB`);
    expect(ran).toBe(INPUTS);
    expect(slowestAlone).toBeLessThan(SLOWEST_INPUT_MS);
    expect(heapGrowth).toBeLessThan(256);
  }, TIME_BOX_MS + 30_000);
});

/**
 * Reads one input (and, when `hash`, hashes its packets): true when it parsed, false for a MediaError
 * naming it; anything else fails the test.
 */
async function readOne(name: string, input: Uint8Array, hash: boolean): Promise<boolean> {
  const source = memoryByteSource(name, input);
  try {
    const result = await readPackets(source, { packetCap: 10_000 });
    for (const p of result.packets) {
      if (!(Number.isFinite(p.time) && Number.isFinite(p.duration) && p.offset >= 0 && p.size >= 0)) {
        throw new Error(`${name}: packet ${JSON.stringify(p)} is not well-formed`);
      }
    }
    // Hashing reads exactly the packets' bytes: it must also end in a result or a MediaError.
    if (hash) await hashPackets(source, result.packets);
    return true;
  } catch (error) {
    if (!(error instanceof MediaError)) {
      throw new Error(`input ${name} (seeded, reproducible): ${String(error)}`, { cause: error });
    }
    expect(error.message.startsWith(`${name}: `) && / at byte -?\d+$/.test(error.message)).toBe(true);
    return false;
  }
}

async function settle(run: Promise<PacketLayer | null>): Promise<PacketLayer | null | MediaError> {
  const hang = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer within 2 s: a hang')), 2000));
  return Promise.race([run, hang]).catch((error: unknown) => {
    if (error instanceof MediaError) return error;
    throw error;
  });
}

describe('fuzzing the streaming pass against the random-access one', () => {
  test.each(READERS)('%s: the same answer, or null (random access needed), and never a hang', async (reader, samples) => {
    const files = samples.map((s) => new Uint8Array(readFileSync(mediaPath(s))));
    const random = prng(reader.length * 104_729);
    let streamedAnswers = 0;
    for (let i = 0; i < STREAMED_INPUTS; i++) {
      const input = mutate(files[i % files.length]!, random);
      const name = `${reader}-streamed-${i}`;
      const direct = await settle(packetLayer(memoryByteSource(name, input), undefined, { packetCap: 10_000 }));
      const layer = new StreamingPacketLayer(name, input.length, undefined, { packetCap: 10_000, retain: 256 });
      const streamed = await settle(
        (async () => {
          for (let at = 0; at < input.length; at += 100) await layer.update(input.subarray(at, at + 100));
          return layer.finish();
        })(),
      );
      if (streamed === null) continue;
      streamedAnswers++;
      if (streamed instanceof MediaError || direct instanceof MediaError) {
        expect(streamed instanceof MediaError && direct instanceof MediaError ? streamed.message : streamed).toEqual(
          streamed instanceof MediaError && direct instanceof MediaError ? direct.message : direct,
        );
      } else expect(streamed.section).toEqual(direct!.section);
    }
    console.log(`fuzz ${reader} streamed: ${STREAMED_INPUTS} inputs, ${streamedAnswers} answered in one pass (the rest needed random access)`);
  }, 60_000);
});

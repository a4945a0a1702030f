// MP4, M4A, MOV and 3GP: the top-level boxes are walked by their headers only (moov may be before or
// after mdat); moov and each moof are read whole. The first audio track's samples become packets,
// from the moov sample table and then from every fragment. Times are media times shifted by where
// the edit list starts, so they are the presentation times ffprobe shows. A file cut short (a
// recorder stopped, a transfer broke off) keeps the samples whose bytes are all there: the last box
// may run past the end of the file (mdat, a moof: the fragments read before it count), and the
// result says the file ends early. Without its moov (at the end of a file cut short) there is no
// sample table at all, and that is an error. With `other`, every other audio and video track's
// samples are collected in the same walk, each track stopping (cap, cut, a failure of its own table)
// on its own; the first audio track's failure still fails the read.
import { AmrSampleSplitter } from './mp4-amr-frames.ts';
import { childBox, childBoxes, readBoxHeader } from './mp4-boxes.ts';
import { readFragment, trackDefaults, type FragmentState, type TrackDefaults } from './mp4-fragments.ts';
import { expandSampleTable, type AddSample } from './mp4-sample-table.ts';
import { parseTrack, type Mp4Track } from './mp4-track.ts';
import type { PacketCollector } from '../packets/packet-collector.ts';
import { PacketList } from '../packets/packet-list.ts';
import { MediaError } from '../media-error.ts';
import { MAX_PIECE, u32be, type SourceReader } from '../source-reader.ts';
import type { EndsEarly, ReaderOutput, TrackCoding, TrackInfo, TrackPackets } from '../types.ts';

function movieTimescale(moov: Uint8Array): number {
  const mvhd = childBox(moov, 'mvhd');
  return mvhd ? u32be(mvhd, mvhd[0] === 1 ? 20 : 12) : 0;
}

interface Fragment {
  start: number;
  size: number;
  headerLength: number;
}

/** One track being read: its collector and where its walk stands. */
interface TrackReading {
  track: Mp4Track;
  out: PacketCollector;
  /** False once its packet cap is reached, its samples run past the file's end, or it failed. */
  going: boolean;
  endsEarly?: EndsEarly;
  amr: AmrSampleSplitter | null;
  defaults: TrackDefaults;
  state: FragmentState;
  failure?: MediaError;
}

export async function readMp4(reader: SourceReader, out: PacketCollector, track?: number, other?: (id: number, coding: TrackCoding) => PacketCollector): Promise<ReaderOutput> {
  let tracks: TrackInfo[] | null = null;
  let main: TrackReading | null = null;
  const others: TrackReading[] = [];
  const early: Fragment[] = [];
  // Without the chosen track the walk goes on to the end, as it always has (a malformed box later still fails it).
  const mainGoing = () => main === null || main.going;
  const going = () => mainGoing() || others.some((r) => r.going);
  const reading = (t: Mp4Track, collector: PacketCollector): TrackReading => ({ track: t, out: collector, going: true, amr: null, defaults: { duration: 0, size: 0 }, state: { nextTime: 0 } });
  const cut = (r: TrackReading, offset: number, reason: string) => {
    r.endsEarly ??= { offset, reason };
    r.going = false;
  };
  // A failure in one track's samples stops that track; the chosen track's fails the whole read, as it always has.
  const guard = async (r: TrackReading, work: () => unknown): Promise<void> => {
    try {
      await work();
    } catch (error) {
      if (r === main || !(error instanceof MediaError)) throw error;
      r.failure = error;
      r.going = false;
    }
  };

  const adder =
    (r: TrackReading): AddSample =>
    (offset, size, time, duration) => {
      if (offset < 0 || offset > reader.size) reader.fail(Math.max(0, offset), `a ${size}-byte sample lies outside the file`);
      if (offset + size > reader.size) {
        cut(r, offset, 'the media data stops before the last samples its index lists');
        return false;
      }
      if (r.amr) return (r.going = r.amr.hold(offset, size, time + r.track.shift));
      return (r.going = r.out.add(offset, size, time + r.track.shift, duration));
    };
  const flushAmr = async (r: TrackReading) => {
    if (r.amr && !(await r.amr.flush())) r.going = false;
  };
  const startTrack = async (r: TrackReading, at: number, moov: Uint8Array) => {
    const t = r.track;
    if (t.timescale === 0) reader.fail(at, `the ${t.kind} track has a timescale of 0`);
    r.amr = AmrSampleSplitter.forCodec(t.codec, reader, r.out);
    if (t.stbl) expandSampleTable(t.stbl, t.timescale, (problem) => reader.fail(at, problem), adder(r));
    // Expanded into packets: the moov it is part of can go.
    t.stbl = null;
    await flushAmr(r);
    r.defaults = trackDefaults(moov, t.id);
    const last = r.out.packets.length - 1;
    if (last >= 0) r.state.nextTime = Math.round((r.out.packets.time(last) - t.shift + r.out.packets.duration(last)) * t.timescale);
  };
  // Fragments are read as they come, so a fragmented recording's packets are known while it streams.
  const fragment = async (moof: Fragment) => {
    const readings = [main, ...others].filter((r): r is TrackReading => r !== null && r.going);
    if (readings.length === 0) return;
    const data = await reader.bytes(moof.start + moof.headerLength, moof.size - moof.headerLength);
    for (const r of readings) {
      await guard(r, async () => {
        if (!readFragment(data, moof.start, r.track.id, r.track.timescale, r.defaults, r.state, (p) => reader.fail(moof.start, p), adder(r))) r.going = false;
        await flushAmr(r);
      });
    }
  };

  try {
    for (let pos = 0; pos < reader.size && going(); ) {
      reader.step(pos);
      if (reader.size - pos < 8) {
        for (const r of [main, ...others]) if (r?.going) cut(r, pos, 'the file ends inside a box header');
        break;
      }
      const box = await readBoxHeader(reader, pos, Number.MAX_SAFE_INTEGER);
      if (pos + box.size > reader.size) {
        if (box.type === 'moov') reader.fail(pos, 'the moov box (the index of the samples) is cut short');
        if (box.type === 'moof') {
          for (const r of [main, ...others]) if (r?.going) cut(r, pos, 'the last movie fragment is cut short');
          break;
        }
        // A cut mdat keeps the samples that are there; the sample table says which are not.
        box.size = reader.size - pos;
      }
      if ((box.type === 'moov' || box.type === 'moof') && box.size > MAX_PIECE) reader.fail(pos, `${box.type} box of ${box.size} bytes is larger than the limit`);
      if (box.type === 'moov' && !tracks) {
        const moov = await reader.bytes(pos + box.headerLength, box.size - box.headerLength);
        const all = childBoxes(moov)
          .filter((b) => b.type === 'trak')
          .map((b) => parseTrack(b.data, movieTimescale(moov)));
        tracks = all.map(({ id, kind, codec }) => ({ id, kind, codec }));
        const chosen = all.find((t) => (track === undefined ? t.kind === 'audio' : t.id === track));
        if (chosen) main = reading(chosen, out);
        // A track is known by its id: should two share one, the first is read.
        if (other) for (const t of all) if (t.kind !== 'other' && t.id !== chosen?.id && !others.some((r) => r.track.id === t.id)) others.push(reading(t, other(t.id, t)));
        for (const r of [main, ...others]) if (r) await guard(r, () => startTrack(r, pos, moov));
        for (const moof of early) await fragment(moof);
      } else if (box.type === 'moof') {
        const moof = { start: pos, size: box.size, headerLength: box.headerLength };
        if (tracks) await fragment(moof);
        else early.push(moof);
      }
      pos += box.size;
    }
    if (!tracks) reader.fail(0, 'no moov box (the index of the samples; a file cut short loses it when it comes last)');
  } catch (error) {
    // Past the chosen track's end, a malformed box fails only the tracks still being read.
    if (mainGoing() || !(error instanceof MediaError)) throw error;
    for (const r of others) if (r.going) ((r.failure = error), (r.going = false));
  }
  const otherOutput = other ? { others: others.map(packetsOf) } : {};
  if (!main) return { codec: null, timebase: 1, packets: new PacketList(), tracks: tracks!, truncated: false, note: 'no audio track', ...otherOutput };
  const { track: chosen, endsEarly } = main;
  const output: ReaderOutput = {
    codec: chosen.codec,
    sampleRate: chosen.sampleRate,
    channels: chosen.channels,
    decoderConfig: chosen.decoderConfig,
    timebase: chosen.timescale,
    packets: out.packets,
    tracks: tracks!,
    truncated: out.truncated,
    ...otherOutput,
  };
  if (endsEarly) output.endsEarly = endsEarly;
  return output;
}

function packetsOf(r: TrackReading): TrackPackets {
  const { id, codec, timescale } = r.track;
  return { id, codec, timebase: timescale, packets: r.out.packets, truncated: r.out.truncated, ...(r.failure && { failure: r.failure }) };
}

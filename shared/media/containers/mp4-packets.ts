// MP4, M4A, MOV and 3GP: the top-level boxes are walked by their headers only (moov may be before or
// after mdat); moov and each moof are read whole. The first audio track's samples become packets,
// from the moov sample table and then from every fragment. Times are media times shifted by where
// the edit list starts, so they are the presentation times ffprobe shows. A file cut short (a
// recorder stopped, a transfer broke off) keeps the samples whose bytes are all there: the last box
// may run past the end of the file (mdat, a moof: the fragments read before it count), and the
// result says the file ends early. Without its moov (at the end of a file cut short) there is no
// sample table at all, and that is an error.
import { AmrSampleSplitter } from './mp4-amr-frames.ts';
import { childBox, childBoxes, readBoxHeader } from './mp4-boxes.ts';
import { readFragment, trackDefaults, type FragmentState, type TrackDefaults } from './mp4-fragments.ts';
import { expandSampleTable, type AddSample } from './mp4-sample-table.ts';
import { parseTrack, type Mp4Track } from './mp4-track.ts';
import type { PacketCollector } from '../packets/packet-collector.ts';
import { PacketList } from '../packets/packet-list.ts';
import { MAX_PIECE, u32be, type SourceReader } from '../source-reader.ts';
import type { EndsEarly, ReaderOutput, TrackInfo } from '../types.ts';

function movieTimescale(moov: Uint8Array): number {
  const mvhd = childBox(moov, 'mvhd');
  return mvhd ? u32be(mvhd, mvhd[0] === 1 ? 20 : 12) : 0;
}

interface Fragment {
  start: number;
  size: number;
  headerLength: number;
}

export async function readMp4(reader: SourceReader, out: PacketCollector, track?: number): Promise<ReaderOutput> {
  let audio: Mp4Track | null = null;
  let tracks: TrackInfo[] | null = null;
  let defaults: TrackDefaults = { duration: 0, size: 0 };
  const state: FragmentState = { nextTime: 0 };
  const early: Fragment[] = [];
  let going = true;
  let endsEarly: EndsEarly | undefined;
  let amr: AmrSampleSplitter | null = null;
  const cut = (offset: number, reason: string) => {
    endsEarly ??= { offset, reason };
    going = false;
  };

  const add: AddSample = (offset, size, time, duration) => {
    if (offset < 0 || offset > reader.size) reader.fail(Math.max(0, offset), `a ${size}-byte sample lies outside the file`);
    if (offset + size > reader.size) {
      cut(offset, 'the media data stops before the last samples its index lists');
      return false;
    }
    if (amr) return (going = amr.hold(offset, size, time + audio!.shift));
    return (going = out.add(offset, size, time + audio!.shift, duration));
  };
  const flushAmr = async () => {
    if (amr && !(await amr.flush())) going = false;
  };
  // Fragments are read as they come, so a fragmented recording's packets are known while it streams.
  const fragment = async (moof: Fragment) => {
    if (!going || !audio) return;
    const data = await reader.bytes(moof.start + moof.headerLength, moof.size - moof.headerLength);
    if (!readFragment(data, moof.start, audio.id, audio.timescale, defaults, state, (p) => reader.fail(moof.start, p), add)) going = false;
    await flushAmr();
  };

  for (let pos = 0; pos < reader.size && going; ) {
    reader.step(pos);
    if (reader.size - pos < 8) {
      cut(pos, 'the file ends inside a box header');
      break;
    }
    const box = await readBoxHeader(reader, pos, Number.MAX_SAFE_INTEGER);
    if (pos + box.size > reader.size) {
      if (box.type === 'moov') reader.fail(pos, 'the moov box (the index of the samples) is cut short');
      if (box.type === 'moof') {
        cut(pos, 'the last movie fragment is cut short');
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
      audio = all.find((t) => (track === undefined ? t.kind === 'audio' : t.id === track)) ?? null;
      if (audio) {
        const at = pos;
        if (audio.timescale === 0) reader.fail(at, `the ${audio.kind} track has a timescale of 0`);
        amr = AmrSampleSplitter.forCodec(audio.codec, reader, out);
        if (audio.stbl) expandSampleTable(audio.stbl, audio.timescale, (problem) => reader.fail(at, problem), add);
        await flushAmr();
        defaults = trackDefaults(moov, audio.id);
        const last = out.packets.length - 1;
        if (last >= 0) state.nextTime = Math.round((out.packets.time(last) - audio.shift + out.packets.duration(last)) * audio.timescale);
        for (const moof of early) await fragment(moof);
      }
    } else if (box.type === 'moof') {
      const moof = { start: pos, size: box.size, headerLength: box.headerLength };
      if (tracks) await fragment(moof);
      else early.push(moof);
    }
    pos += box.size;
  }
  if (!tracks) reader.fail(0, 'no moov box (the index of the samples; a file cut short loses it when it comes last)');
  if (!audio) return { codec: null, timebase: 1, packets: new PacketList(), tracks, truncated: false, note: 'no audio track' };
  const output: ReaderOutput = {
    codec: audio.codec,
    sampleRate: audio.sampleRate,
    channels: audio.channels,
    decoderConfig: audio.decoderConfig,
    timebase: audio.timescale,
    packets: out.packets,
    tracks,
    truncated: out.truncated,
  };
  if (endsEarly) output.endsEarly = endsEarly;
  return output;
}

// Places inside a container, between its packets, that hold bytes no player plays: an MP4's
// top-level boxes other than those of the media (`free`, `skip`, `wide`, `uuid`, any unknown type),
// and a Matroska Segment's Void elements, Attachments and elements of unknown IDs. The bytes before
// the first packet and after the last are looked through anyway (hidden-streams.ts); these are the
// ones between, such as a `free` box between two fragments or a Void between two Clusters. Only the
// top level is walked, one header read per element, at most MAX_ELEMENTS of them.
import type { ByteSource } from '../media/byte-source.ts';
import { readVint } from '../media/containers/ebml.ts';
import { ascii, u32be, u64be } from '../media/source-reader.ts';
import type { ContainerName } from '../media/types.ts';

const MAX_ELEMENTS = 100_000;

const MP4_MEDIA = new Set(['ftyp', 'moov', 'mdat', 'moof', 'mfra', 'styp', 'sidx', 'ssix', 'prft', 'emsg']);

const EBML = 0x1a45dfa3;
const SEGMENT = 0x18538067;
/** Segment children that hold what is played or how: SeekHead, Info, Tracks, Cluster, Cues, Chapters, Tags, CRC-32. */
const MATROSKA_MEDIA = new Set([0x114d9b74, 0x1549a966, 0x1654ae6b, 0x1f43b675, 0x1c53bb6b, 0x1043a770, 0x1254c367, 0xbf]);

export async function hidingPlaces(source: ByteSource, container: ContainerName): Promise<[number, number][]> {
  if (container === 'mp4') return mp4Places(source);
  if (container === 'webm' || container === 'matroska') return matroskaPlaces(source);
  return [];
}

async function mp4Places(source: ByteSource): Promise<[number, number][]> {
  const places: [number, number][] = [];
  for (let at = 0, n = 0; at + 8 <= source.size && n < MAX_ELEMENTS; n++) {
    const h = await source.read(at, 16);
    const size32 = u32be(h, 0);
    const header = size32 === 1 ? 16 : 8;
    const size = size32 === 1 ? (h.length >= 16 ? u64be(h, 8) : 0) : size32 === 0 ? source.size - at : size32;
    if (size < header) break;
    const end = Math.min(source.size, at + size);
    if (!MP4_MEDIA.has(ascii(h, 4, 4))) places.push([at + header, end]);
    at = end;
  }
  return places;
}

/** An element header at `at`: its ID, where its data begins, and its size (-1 unknown). */
async function ebmlElement(source: ByteSource, at: number): Promise<{ id: number; data: number; size: number } | null> {
  const h = await source.read(at, 12);
  const id = readVint(h, 0, false);
  const size = id && readVint(h, id.length, true);
  if (!id || !size) return null;
  return { id: id.value, data: at + id.length + size.length, size: size.allOnes ? -1 : size.value };
}

async function matroskaPlaces(source: ByteSource): Promise<[number, number][]> {
  const places: [number, number][] = [];
  const head = await ebmlElement(source, 0);
  if (head?.id !== EBML || head.size < 0) return places;
  const segment = await ebmlElement(source, head.data + head.size);
  if (segment?.id !== SEGMENT) return places;
  const end = segment.size < 0 ? source.size : Math.min(source.size, segment.data + segment.size);
  for (let at = segment.data, n = 0; at < end && n < MAX_ELEMENTS; n++) {
    const element = await ebmlElement(source, at);
    // A Cluster of unknown size (as MediaRecorder writes) cannot be stepped over without reading it.
    if (!element || element.size < 0) break;
    const next = Math.min(end, element.data + element.size);
    if (!MATROSKA_MEDIA.has(element.id)) places.push([element.data, next]);
    at = next;
  }
  return places;
}

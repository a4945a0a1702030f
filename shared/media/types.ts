// The data a container reader returns: the chosen audio track's codec packets with timestamps.
import type { ByteTimeMap } from './byte-time-map.ts';
import type { PacketList } from './packet-list.ts';

export type ContainerName = 'wav' | 'mp4' | 'webm' | 'matroska' | 'ogg' | 'mp3' | 'adts' | 'flac' | 'amr' | 'unknown';

export interface Packet {
  /** Byte offset of the packet's first byte in the file. */
  offset: number;
  /** Total bytes of the packet (the sum of `parts` when it has parts). */
  size: number;
  /** Presentation time of the first sample, in seconds. */
  time: number;
  duration: number;
  /** Flat [offset, size, offset, size, …] when the bytes are not contiguous (an Ogg packet across pages). */
  parts?: number[];
}

export interface TrackInfo {
  id: number;
  kind: 'audio' | 'video' | 'other';
  codec: string;
}

/** What a reader finds; `readPackets` adds the derived fields. */
export interface ReaderOutput {
  codec: string | null;
  sampleRate?: number;
  channels?: number;
  /** The codec configuration a decoder needs first (decoder-config.ts); none for MP3 and PCM. */
  decoderConfig?: Uint8Array;
  /** Ticks per second in which the container states times; the packet section stores times in it. */
  timebase: number;
  packets: PacketList;
  tracks: TrackInfo[];
  /** True when the packet cap was reached: packets past it are not listed. */
  truncated: boolean;
  /** Containers with codecs this module reads headers of but not packets of say so here. */
  note?: string;
}

export interface MediaReadResult extends ReaderOutput {
  container: ContainerName;
  /** Seconds from the first packet's start to the last packet's end; 0 without packets. */
  duration: number;
  timeMap: ByteTimeMap;
}

// The data a container reader returns: the chosen audio track's codec packets with timestamps.
import type { MediaError } from './media-error.ts';
import type { PacketList } from './packets/packet-list.ts';

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

/** A track's codec and its configuration record as the container stores it (an avcC), for hashing its packets. */
export interface TrackCoding {
  codec: string;
  decoderConfig?: Uint8Array | undefined;
}

/** A file that stops before its container says it should (a recorder stopped, a transfer broke off). */
export interface EndsEarly {
  /** File offset where the readable data stops: the end of the last whole packet. */
  offset: number;
  /** What the container promised and is not there, in words, e.g. "the data chunk claims 80000 bytes more". */
  reason: string;
}

/** Bytes a reader skipped because they are not the container's (junk between Ogg pages, before the first MP3 frame). */
export interface SkippedBytes {
  offset: number;
  length: number;
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
  /** Present when the file is cut short: its packets are those that are whole. */
  endsEarly?: EndsEarly;
  /** Stretches of bytes that belong to no packet or header and were skipped, in file order (at most MAX_SKIPPED listed). */
  skipped?: SkippedBytes[];
  /** With ReadOptions.everyTrack (MP4 and Matroska): every other audio and video track, read in the same walk. */
  others?: TrackPackets[];
}

/** The packets of a track read beside the chosen one; a failure of its own stops it, not the walk. */
export interface TrackPackets {
  /** The container's id of the track (MP4 track_ID, Matroska TrackNumber). */
  id: number;
  codec: string;
  /** Ticks per second in which the container states the track's times. */
  timebase: number;
  packets: PacketList;
  truncated: boolean;
  /** Why the track could not be read; its packets are then not to be used. */
  failure?: MediaError;
}

/** Skipped stretches listed at most; a file of junk would otherwise list thousands. */
export const MAX_SKIPPED = 100;

/** Where a copy cut short stops: the reader's EndsEarly with the time its sound stops (seconds of its own timeline). */
export type EndsEarlyAt = EndsEarly & { time: number };

export interface MediaReadResult extends Omit<ReaderOutput, 'endsEarly'> {
  container: ContainerName;
  /** Seconds from the first packet's start to the last packet's end; 0 without packets. */
  duration: number;
  endsEarly?: EndsEarlyAt;
}

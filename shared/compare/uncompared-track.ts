// Why a track was not compared, as a code with what its wording needs, so a report can say it in
// Dutch or English (shared/report/compare-messages.ts). `reason` says the same in English for the
// readers of the JSON, who had only that before the codes.
import type { PacketUndecided } from '../media/packets/packet-compare.ts';

export type Side = 'original' | 'copy';

export type UncomparedWhy =
  /** `side`'s other tracks are not known: it has none, or its fingerprint file was made before tracks were kept. */
  | { code: 'tracks-unknown'; side: Side }
  /** Only `side` has this track. */
  | { code: 'only-one-side'; side: Side }
  /** `side`'s track could not be read: the reader's technical message, absent when it simply has no packets. */
  | { code: 'unreadable'; side: Side; message?: string }
  /** Both have it, but its packets cannot decide (re-encoded, another codec); `plainSound`: its sound was asked too and carries too little to match. */
  | { code: 'packets-undecided'; packets: PacketUndecided; plainSound: boolean };

export type UncomparedTrack = {
  /** The track's label: "picture", "sound 2", … */
  track: string;
  reason: string;
} & UncomparedWhy;

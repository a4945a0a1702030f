// A comparison layer (bytes, packets, audio) looks at both sides and either decides or returns null
// ("cannot decide", e.g. a fingerprint without packet hashes). Byte sources and byte→time maps are
// there when the side is a file rather than a fingerprint file; a layer must work without them.
import type { Fingerprint } from '../fingerprint/fingerprint.ts';
import type { ByteSource } from '../media/byte-source.ts';
import type { ByteTimeMap } from '../media/byte-time-map.ts';
import type { EndsEarlyAt, SkippedBytes } from '../media/types.ts';
import type { HiddenStream } from './hidden-streams.ts';
import type { Basis, CompareReport } from './report.ts';

export interface CompareInput {
  fingerprint: Fingerprint;
  source?: ByteSource;
  /** From the container reader: places byte ranges in seconds for media other than WAV. */
  timeMap?: ByteTimeMap;
  /** From the container reader: bytes that belong to no packet of the stream that is played. */
  skipped?: readonly SkippedBytes[];
  /** Other streams of sound found outside the played one (hidden-streams.ts). */
  hidden?: readonly HiddenStream[];
  /** From the container reader (or a WAV header): where a copy cut short stops, and why. */
  endsEarly?: EndsEarlyAt;
  /** Why the container reader could not read the file; it is then compared by its bytes and its sound. */
  packetProblem?: string;
}

export interface CompareLayer {
  readonly basis: Basis;
  compare(original: CompareInput, copy: CompareInput): Promise<CompareReport | null>;
}

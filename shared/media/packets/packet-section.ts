// The fingerprint file's `packets` section (docs/formats-packets.md): a packet table in a few
// compact fields. Times are run-length coded steps between packet starts (nearly constant for audio,
// so an hour takes a few bytes to a few hundred KB), durations likewise, hashes as base64. Reading
// checks every field and bound before allocating, so a doctored section is refused with a message
// naming the field.
import { decodeBase64, encodeBase64 } from '../../fingerprint/base64.ts';
import { decodeVarints, VarintWriter } from '../../fingerprint/varint.ts';
import { DEFAULT_PACKET_CAP } from './packet-collector.ts';
import { PICTURE_HASH_NAME } from './avc-picture-units.ts';
import { PACKET_HASH_BYTES, PACKET_HASH_NAME } from './packet-hash.ts';
import { SECTION_NAME, tickColumn, type PacketTable } from './packet-table.ts';

export const MAX_SECTION_PACKETS = DEFAULT_PACKET_CAP;
const MAX_STEP = 2 ** 31 - 1;

export interface PacketSection {
  container: string;
  codec: string;
  hash: typeof PACKET_HASH_NAME | typeof PICTURE_HASH_NAME;
  /** With PICTURE_HASH_NAME: the digest of the avcC's parameter sets, 16 hex digits. */
  parameterSets?: string;
  timebase: number;
  count: number;
  /** Start of the first packet, in ticks. */
  start: number;
  /** base64 of varint pairs (zigzag step, run length) between consecutive packet starts. */
  steps: string;
  /** base64 of varint pairs (duration, run length). */
  durations: string;
  hashes: string;
  truncated: boolean;
}

export class PacketSectionError extends Error {
  override readonly name = 'PacketSectionError';
}

/** The `n` values `value(i)` as runs (no copy of them is made: a table is hundreds of thousands long); with `out` null, only checked. */
function runs(n: number, value: (i: number) => number, code: (v: number) => number, out: VarintWriter | null = new VarintWriter()): string {
  for (let i = 0; i < n; ) {
    const v = value(i);
    let j = i + 1;
    while (j < n && value(j) === v) j++;
    const coded = code(v);
    if (!(coded >= 0 && coded <= MAX_STEP)) throw new RangeError(`packet time step ${v} does not fit the section`);
    out?.push(coded);
    out?.push(j - i);
    i = j;
  }
  return out ? encodeBase64(out.bytes()) : '';
}

const zigzag = (v: number) => (v >= 0 ? v * 2 : -v * 2 - 1);
const unzigzag = (v: number) => (v % 2 === 0 ? v / 2 : -(v + 1) / 2);

const stepRuns = ({ times }: PacketTable, out?: VarintWriter | null) => runs(Math.max(0, times.length - 1), (i) => times[i + 1]! - times[i]!, zigzag, out);
const durationRuns = ({ durations }: PacketTable, out?: VarintWriter | null) => runs(durations.length, (i) => durations[i]!, (v) => v, out);

export function writePacketSection(table: PacketTable): PacketSection {
  const n = table.times.length;
  return {
    container: table.container,
    codec: table.codec,
    hash: table.picture?.hash ?? PACKET_HASH_NAME,
    ...(table.picture && { parameterSets: table.picture.parameterSets }),
    timebase: table.timebase,
    count: n,
    start: n > 0 ? table.times[0]! : 0,
    steps: stepRuns(table),
    durations: durationRuns(table),
    hashes: encodeBase64(table.hashes),
    truncated: table.truncated,
  };
}

/** What writePacketSection() checks, without writing: @throws RangeError when the table's times do not fit a section. */
export function checkPacketSection(table: PacketTable): void {
  stepRuns(table, null);
  durationRuns(table, null);
}

function fail(field: string, problem: string): never {
  throw new PacketSectionError(`packets.${field}: ${problem}`);
}

function expandRuns(field: string, text: unknown, total: number, decode: (v: number) => number): Float64Array {
  if (typeof text !== 'string' || text.length > (total * 10 * 4) / 3 + 8) fail(field, 'is not a string of the expected size');
  const bytes = decodeBase64(text);
  if (!bytes) fail(field, 'is not canonical base64');
  if ((bytes[bytes.length - 1] ?? 0) >= 0x80) fail(field, 'ends inside a value');
  let ends = 0;
  for (const b of bytes) if (b < 0x80) ends++;
  if (ends % 2 !== 0) fail(field, 'holds an odd number of values');
  const values = decodeVarints(bytes, ends, 5);
  if (typeof values === 'string') fail(field, values);
  const out = new Float64Array(total);
  let at = 0;
  for (let i = 0; i < values.length; i += 2) {
    const run = values[i + 1]!;
    if (run === 0 || at + run > total) fail(field, `runs add up to more than ${total}`);
    out.fill(decode(values[i]!), at, at + run);
    at += run;
  }
  if (at !== total) fail(field, `runs add up to ${at}, expected ${total}`);
  return out;
}

/** Validates a `packets` section. @throws PacketSectionError naming the field and the problem */
export function readPacketSection(value: unknown): PacketTable {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('', 'is not an object');
  const s = value as Record<string, unknown>;
  for (const field of ['container', 'codec'] as const) {
    if (typeof s[field] !== 'string' || !SECTION_NAME.test(s[field])) fail(field, 'is not a short lowercase name');
  }
  if (s.hash !== PACKET_HASH_NAME && s.hash !== PICTURE_HASH_NAME) fail('hash', `is not "${PACKET_HASH_NAME}" or "${PICTURE_HASH_NAME}"`);
  if (s.hash === PICTURE_HASH_NAME ? typeof s.parameterSets !== 'string' || !/^[0-9a-f]{16}$/.test(s.parameterSets) : s.parameterSets !== undefined) {
    fail('parameterSets', `is not 16 hex digits with "${PICTURE_HASH_NAME}", or absent without it`);
  }
  const timebase = s.timebase;
  if (typeof timebase !== 'number' || !(timebase > 0 && timebase <= 1e9)) fail('timebase', 'is not a number in (0, 1e9]');
  const count = s.count;
  if (!Number.isInteger(count) || (count as number) < 0 || (count as number) > MAX_SECTION_PACKETS) {
    fail('count', `is not an integer from 0 to ${MAX_SECTION_PACKETS}`);
  }
  const n = count as number;
  if (!Number.isSafeInteger(s.start)) fail('start', 'is not an integer');
  if (typeof s.truncated !== 'boolean') fail('truncated', 'is not true or false');
  if (typeof s.hashes !== 'string' || s.hashes.length !== Math.ceil((n * PACKET_HASH_BYTES) / 3) * 4) {
    fail('hashes', `is not ${n * PACKET_HASH_BYTES} bytes of base64`);
  }
  const hashes = decodeBase64(s.hashes);
  if (!hashes) fail('hashes', 'is not canonical base64');
  const steps = expandRuns('steps', s.steps, Math.max(0, n - 1), unzigzag);
  const durations = expandRuns('durations', s.durations, n, (v) => v);
  // Summed into doubles first: tickColumn() reads each value twice.
  const starts = new Float64Array(n);
  for (let i = 0; i < n; i++) starts[i] = i === 0 ? (s.start as number) : starts[i - 1]! + steps[i - 1]!;
  const times = tickColumn(n, (i) => starts[i]!);
  const table: PacketTable = { container: s.container as string, codec: s.codec as string, timebase, times, durations: tickColumn(n, (i) => durations[i]!), hashes, truncated: s.truncated };
  if (s.hash === PICTURE_HASH_NAME) table.picture = { hash: PICTURE_HASH_NAME, parameterSets: s.parameterSets as string };
  return table;
}

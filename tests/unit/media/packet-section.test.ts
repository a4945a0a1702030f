// The fingerprint file's packets section: a table survives the round trip exactly, stays small for
// regular audio, and anything doctored is refused with a message naming the field.
import { describe, expect, test } from 'vitest';
import { MAX_SECTION_PACKETS, readPacketSection, writePacketSection, type PacketSection } from '../../../shared/media/packets/packet-section.ts';
import { run, tableOf } from './packet-tables.ts';

const table = tableOf(run('a', 0, 500));
table.times[300] = 6003; // an irregular step, as WebM's millisecond rounding gives
table.durations[499] = 7;

function section(): PacketSection {
  return JSON.parse(JSON.stringify(writePacketSection(table))) as PacketSection;
}

describe('packets section', () => {
  test('round-trips exactly', () => {
    expect(readPacketSection(section())).toEqual(table);
  });

  test('an hour of 20 ms packets stays small apart from the hashes', () => {
    const hour = tableOf(run('h', 0, 180_000));
    const s = writePacketSection(hour);
    expect(s.steps.length + s.durations.length).toBeLessThan(40);
    expect(s.hashes.length).toBe(Math.ceil((180_000 * 8) / 3) * 4);
    expect(readPacketSection(s).times[179_999]).toBe(179_999 * 20);
  });

  test('negative start times (pre-skip) survive', () => {
    const t = tableOf(run('n', 0, 3));
    t.times.set([-7, 13, 33]);
    expect(readPacketSection(writePacketSection(t)).times).toEqual(Int32Array.from([-7, 13, 33]));
  });

  test('times past 32 bits (ten hours at 90 kHz) are kept as doubles, exactly', () => {
    const t = tableOf(run('l', 0, 3));
    const long = { ...t, times: Float64Array.from([0, 3000, 6000], (t) => 10 * 3600 * 90_000 + t) };
    const back = readPacketSection(writePacketSection(long));
    expect(back.times).toEqual(long.times);
    expect(back.durations).toEqual(t.durations);
    // Within 32 bits, 4 bytes a tick: the tables are held for the whole comparison.
    expect(readPacketSection(writePacketSection(t)).durations).toBeInstanceOf(Int32Array);
  });

  test.each<[string, (s: Record<string, unknown>) => void, string]>([
    ['not an object', () => undefined, 'packets.: is not an object'],
    ['codec with odd characters', (s) => (s.codec = 'A_OPUS/x'), 'packets.codec: is not a short lowercase name'],
    ['another hash', (s) => (s.hash = 'md5'), 'packets.hash: is not "sha256-64"'],
    ['zero timebase', (s) => (s.timebase = 0), 'packets.timebase: is not a number in (0, 1e9]'],
    ['too many packets', (s) => (s.count = MAX_SECTION_PACKETS + 1), `packets.count: is not an integer from 0 to ${MAX_SECTION_PACKETS}`],
    ['fractional start', (s) => (s.start = 0.5), 'packets.start: is not an integer'],
    ['hashes of another count', (s) => (s.count = 499), 'packets.hashes: is not 3992 bytes of base64'],
    ['hashes not base64', (s) => (s.hashes = `!${(s.hashes as string).slice(1)}`), 'packets.hashes: is not canonical base64'],
    ['steps that do not add up', (s) => (s.steps = 'KAE='), 'packets.steps: runs add up to 1, expected 499'],
    ['steps cut mid-value', (s) => (s.steps = 'gA=='), 'packets.steps: ends inside a value'],
    ['steps with a value but no run', (s) => (s.steps = 'KA=='), 'packets.steps: holds an odd number of values'],
    ['durations with a zero run', (s) => (s.durations = 'FAA='), 'packets.durations: runs add up to more than 500'],
    ['truncated not a boolean', (s) => (s.truncated = 'no'), 'packets.truncated: is not true or false'],
  ])('refuses %s', (_, change, message) => {
    const s = section() as unknown as Record<string, unknown>;
    change(s);
    expect(() => readPacketSection(_ === 'not an object' ? [s] : s)).toThrow(message);
  });
});

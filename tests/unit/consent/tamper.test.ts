// Property tests: thousands of random tamperings of valid exports are all detected, and untouched
// exports always verify. Seeded, so a failure names a case that can be replayed.

import { describe, expect, it } from 'vitest';
import { sealEntry } from '../../../shared/consent/chain.ts';
import type { Entry, Link } from '../../../shared/consent/entry.ts';
import { buildFullExport, buildSessionExport, type LogExport } from '../../../shared/consent/export-format.ts';
import { verifyLogExport } from '../../../shared/consent/verify.ts';
import { MEETINGS, NO_SIGNING, pick, randomDraft, randomLog, seededRandom, type Random } from './sample-log.ts';

const NOW = '2026-11-29T10:00:00.000Z';
type Item = Record<string, unknown>;
type Tamper = (data: LogExport, random: Random) => string;

const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

function changedValue(value: unknown, random: Random): unknown {
  if (typeof value === 'string') {
    if (/^[0-9a-f]+$/.test(value) && random() < 0.5) {
      const at = between(random, 0, value.length - 1);
      const digit = ((parseInt(value[at] as string, 16) + between(random, 1, 15)) % 16).toString(16);
      return value.slice(0, at) + digit + value.slice(at + 1);
    }
    return random() < 0.5 ? `${value}x` : value.slice(1) + (value[0] === 'a' ? 'b' : 'a');
  }
  if (typeof value === 'number') return value + pick(random, [1, -1, 0.5]);
  if (typeof value === 'boolean') return !value;
  if (value === null) return pick(random, ['x', 0, false]);
  if (Array.isArray(value)) return random() < 0.5 ? value.slice(1) : [...value, 'XY'];
  const record = value as Item;
  const keys = Object.keys(record);
  if (keys.length === 0) return { added: 1 };
  const key = pick(random, keys);
  return { ...record, [key]: changedValue(record[key], random) };
}

const TAMPERS: Record<string, Tamper> = {
  'change a field': (data, random) => {
    const index = between(random, 0, data.entries.length - 1);
    const item = data.entries[index] as unknown as Item;
    const field = pick(random, Object.keys(item));
    item[field] = changedValue(item[field], random);
    return `entry ${index} field ${field}`;
  },
  'remove a field': (data, random) => {
    const index = between(random, 0, data.entries.length - 1);
    const item = data.entries[index] as unknown as Item;
    const field = pick(random, Object.keys(item));
    delete item[field];
    return `entry ${index} without ${field}`;
  },
  'add a field': (data, random) => {
    const index = between(random, 0, data.entries.length - 1);
    (data.entries[index] as unknown as Item)[pick(random, ['extra', 'approved'])] = pick(random, [true, 'ja', 1]);
    return `entry ${index} with an extra field`;
  },
  delete: (data, random) => {
    const index = between(random, 0, data.entries.length - 1);
    data.entries.splice(index, 1);
    return `entry ${index} deleted`;
  },
  'insert a copy': (data, random) => {
    const from = between(random, 0, data.entries.length - 1);
    const at = between(random, 0, data.entries.length - 1);
    data.entries.splice(at, 0, structuredClone(data.entries[from] as Entry));
    return `copy of ${from} inserted at ${at}`;
  },
  'insert a sealed forgery': (data, random) => {
    const at = between(random, 0, data.entries.length - 1);
    const before = data.entries[at - 1] ?? { seq: (data.entries[0] as Entry).seq - 1, hash: (data.entries[0] as Entry).prev };
    const forged = sealEntry(randomDraft(random, new Date(Date.UTC(2026, 10, 15))), { seq: before.seq, hash: before.hash });
    data.entries.splice(at, 0, forged);
    return `forgery inserted at ${at}`;
  },
  swap: (data, random) => {
    const i = between(random, 0, data.entries.length - 2);
    const j = between(random, i + 1, data.entries.length - 1);
    [data.entries[i], data.entries[j]] = [data.entries[j] as Entry, data.entries[i] as Entry];
    return `entries ${i} and ${j} swapped`;
  },
  'truncate in the middle': (data, random) => {
    const from = between(random, 1, data.entries.length - 2);
    const count = between(random, 1, data.entries.length - 1 - from);
    data.entries.splice(from, count);
    return `${count} entries removed from ${from}`;
  },
  'cut the tail, keep the head': (data, random) => {
    const keep = between(random, 0, data.entries.length - 1);
    data.entries.length = keep;
    return `cut to ${keep}`;
  },
  'change the head': (data, random) => {
    data.head = changedValue(data.head, random) as string;
    return 'head changed';
  },
};

/** A session export cannot show its own first entry being removed (documented); full ones can. */
const SESSION_TAMPERS = Object.keys(TAMPERS).filter((name) => name !== 'delete' && name !== 'cut the tail, keep the head');

function sessionExport(random: Random): LogExport {
  for (;;) {
    const log = randomLog(random, between(random, 6, 40));
    const exported = buildSessionExport(log, { meetingKey: pick(random, MEETINGS) }, NOW, NO_SIGNING);
    if (exported !== null && exported.entries.length >= 2) return exported;
  }
}

function expectDetected(exported: LogExport, tamperNames: string[], random: Random, rounds: number, seed: number): number {
  let checked = 0;
  for (let round = 0; round < rounds; round++) {
    const name = pick(random, tamperNames);
    const data = structuredClone(exported);
    const what = (TAMPERS[name] as Tamper)(data, random);
    if (JSON.stringify(data) === JSON.stringify(exported)) continue;
    let result;
    try {
      result = verifyLogExport(JSON.parse(JSON.stringify(data)));
    } catch (error) {
      throw new Error(`seed ${seed}: ${name} (${what}) threw ${(error as Error).message}`);
    }
    expect(result.ok, `seed ${seed}: ${name} (${what}) was not detected`).toBe(false);
    checked++;
  }
  return checked;
}

describe('tamper detection (seeded property tests)', () => {
  it('detects every one of 6000 random tamperings of full exports', () => {
    let checked = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const random = seededRandom(seed);
      const exported = buildFullExport(randomLog(random, between(random, 2, 40)), NOW, NO_SIGNING);
      checked += expectDetected(exported, Object.keys(TAMPERS), random, 30, seed);
    }
    expect(checked).toBeGreaterThan(5900);
  });

  it('detects every one of 3000 random tamperings of session exports (links included)', () => {
    let checked = 0;
    for (let seed = 1001; seed <= 1100; seed++) {
      const random = seededRandom(seed);
      checked += expectDetected(sessionExport(random), SESSION_TAMPERS, random, 30, seed);
    }
    expect(checked).toBeGreaterThan(2900);
  });

  it('verifies every untouched export, full and per session, also after a JSON round trip', () => {
    for (let seed = 5001; seed <= 5300; seed++) {
      const random = seededRandom(seed);
      const log = randomLog(random, between(random, 0, 30));
      for (const exported of [buildFullExport(log, NOW, NO_SIGNING), buildSessionExport(log, { meetingKey: pick(random, MEETINGS) }, NOW, NO_SIGNING)]) {
        if (exported === null) continue;
        const result = verifyLogExport(JSON.parse(JSON.stringify(exported)));
        expect(result, `seed ${seed}`).toMatchObject({ ok: true, entries: exported.entries.length, head: exported.head });
      }
    }
  });

  it('keeps links of other sessions to seq, prev and hash only', () => {
    const exported = sessionExport(seededRandom(77));
    const links = exported.entries.filter((item): item is Link => !('kind' in item));
    for (const link of links) expect(Object.keys(link).sort()).toEqual(['hash', 'prev', 'seq']);
  });
});

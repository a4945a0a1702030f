// Verifies an export: every entry's hash, every link to the entry before, consecutive sequence
// numbers, the start of the chain (genesis, or a logged retention deletion) and the head. Returns
// the first broken entry; throws ConsentFormatError for input that is not a readable export.

import { CanonicalJsonError } from './canonical-json.ts';
import { entryHash, GENESIS } from './chain.ts';
import type { ChainPoint, Entry } from './entry.ts';
import { inSession, type SessionKey } from './export-format.ts';
import { ConsentFormatError } from './format-error.ts';
import { readEnvelope } from './read-export.ts';
import { CHAIN_SHAPE, entryProblem } from './validate-entry.ts';

export { ConsentFormatError };

export type LogVerification =
  | { ok: true; entries: number; head: string; scope: 'all' | 'session'; base: ChainPoint }
  | { ok: false; entries: number; firstBroken: { index: number; seq?: number; reason: string } };

type Item = Record<string, unknown>;

export function verifyLogExport(data: unknown): LogVerification {
  const envelope = readEnvelope(data);
  const items = envelope.entries;
  const broken = (index: number, reason: string): LogVerification => {
    const item = items[index] as Item | undefined;
    const seq = typeof item?.['seq'] === 'number' ? item['seq'] : undefined;
    return { ok: false, entries: items.length, firstBroken: { index, ...(seq === undefined ? {} : { seq }), reason } };
  };

  let previous: ChainPoint | null = null;
  for (let index = 0; index < items.length; index++) {
    const problem = itemProblem(items, index, previous, envelope.scope, envelope.session);
    if (problem !== null) return broken(index, problem);
    const item = items[index] as Item;
    previous = { seq: item['seq'] as number, hash: item['hash'] as string };
  }

  const first = items[0] as Item | undefined;
  const base: ChainPoint = first ? { seq: (first['seq'] as number) - 1, hash: first['prev'] as string } : GENESIS;
  if (envelope.scope === 'all') {
    const startProblem = chainStartProblem(items as Item[], base);
    if (startProblem !== null) return broken(0, startProblem);
  }
  const last = previous?.hash ?? GENESIS.hash;
  if (envelope.head !== last) {
    return broken(
      items.length,
      `head mismatch: the export's head is ${envelope.head} but the last entry's hash is ${last} (entries cut off at the end, or the head changed)`,
    );
  }
  return { ok: true, entries: items.length, head: envelope.head, scope: envelope.scope, base };
}

/** Export text as read from a file: JSON that does not parse is a format error. */
export function parseExportText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConsentFormatError(`not a consent log export: not valid JSON (${(error as Error).message})`);
  }
}

export function verifyLogExportText(text: string): LogVerification {
  return verifyLogExport(parseExportText(text));
}

function itemProblem(
  items: unknown[],
  index: number,
  previous: ChainPoint | null,
  scope: 'all' | 'session',
  session: SessionKey | null,
): string | null {
  const value = items[index];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'malformed entry: not an object';
  const item = value as Item;
  for (const [field, check] of Object.entries(CHAIN_SHAPE)) {
    const problem = check(item[field]);
    if (problem !== null) return `malformed entry: field "${field}" ${problem}`;
  }
  const seq = item['seq'] as number;
  if (previous !== null) {
    const expected = previous.seq + 1;
    if (seq !== expected) return sequenceProblem(items, index, seq, expected);
    if (item['prev'] !== previous.hash) return 'prev mismatch: the entry does not link to the hash of the entry before it';
  }
  if (!('kind' in item)) return linkProblem(item, index, items.length, scope);
  let actual: string;
  try {
    actual = entryHash(item);
  } catch (error) {
    if (error instanceof CanonicalJsonError) return `malformed entry: ${error.message}`;
    throw error;
  }
  if (actual !== item['hash']) return 'hash mismatch: the entry was changed after it was written';
  const problem = entryProblem(item, true);
  if (problem !== null) return `invalid entry: ${problem}`;
  if (session !== null && !inSession(item as unknown as Entry, session)) return 'entry of another session inside a session export';
  return null;
}

function sequenceProblem(items: unknown[], index: number, seq: number, expected: number): string {
  const expectedLater = items.slice(index + 1).some((other) => (other as Item | null)?.['seq'] === expected);
  if (seq < expected || expectedLater) return `reordering: sequence ${seq} where ${expected} was expected`;
  return `sequence gap: sequence ${seq} where ${expected} was expected (entries missing)`;
}

function linkProblem(item: Item, index: number, count: number, scope: 'all' | 'session'): string | null {
  if (Object.keys(item).length !== 3) return 'malformed entry: neither a full entry nor a link';
  if (scope === 'all') return 'entry content missing: a full export must hold every entry in full';
  if (index === 0 || index === count - 1) return 'a session export must start and end with entries of the session';
  return null;
}

/** A full export starts at genesis, or right after entries whose deletion a retention entry logged. */
function chainStartProblem(items: Item[], base: ChainPoint): string | null {
  if (base.seq === 0) return base.hash === GENESIS.hash ? null : 'prev mismatch: the first entry does not link to the genesis hash';
  const logged = items.some((item) => {
    const through = item['kind'] === 'retention-deleted' ? (item['through'] as ChainPoint) : null;
    return through !== null && through.seq === base.seq && through.hash === base.hash;
  });
  return logged
    ? null
    : `the log starts at sequence ${base.seq + 1} but no retention entry records deleting the entries before it (entries removed from the start)`;
}

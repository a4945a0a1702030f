// Compares an imported (already verified) export with this install's live log, by sequence
// number: an older export of this log matches it; a differing hash means the two logs diverged.

import type { Entry, Link } from '../../shared/consent/entry.ts';
import type { LogDatabase } from './schema.ts';

export interface LiveComparison {
  /** Imported entries found in the live log with the same hash. */
  same: number;
  /** Imported entries no longer (or never) in the live log, e.g. deleted by retention. */
  absent: number;
  /** The first sequence number whose hash differs from the live log, or null. */
  firstDifferent: number | null;
}

export async function compareWithLive(db: LogDatabase, imported: readonly (Entry | Link)[]): Promise<LiveComparison> {
  const first = imported[0];
  const last = imported.at(-1);
  if (first === undefined || last === undefined) return { same: 0, absent: 0, firstDifferent: null };
  const live = new Map(
    (await db.getAll('entries', IDBKeyRange.bound(first.seq, last.seq))).map((entry) => [entry.seq, entry.hash]),
  );
  const result: LiveComparison = { same: 0, absent: 0, firstDifferent: null };
  for (const item of imported) {
    const hash = live.get(item.seq);
    if (hash === undefined) result.absent++;
    else if (hash === item.hash) result.same++;
    else result.firstDifferent ??= item.seq;
  }
  return result;
}

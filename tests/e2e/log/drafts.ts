// Draft entries for the browser tests, each with a note naming it, so a test can tell which
// writer's entries arrived.

import type { EntryDraft } from '../../../shared/consent/entry.ts';
import { randomDraft, seededRandom } from '../../unit/consent/sample-log.ts';

export function tagged(tag: string, count: number, seed: number): EntryDraft[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => ({ ...randomDraft(random, new Date(Date.UTC(2026, 10, 29, 9, 0, i))), note: `${tag} ${i}` }));
}

// Building hint sets: an empty one, and one set's hints tried before another's.
import { HINT_KINDS, type Hint, type HintKind, type HintSet } from './types.ts';

export const NO_HINTS: HintSet = { inCall: [], admitted: [], waiting: [], lobby: [], recording: [], recordingStopped: [], ended: [], indicator: [] };

export function concatHints(first: Partial<Record<HintKind, readonly Hint[]>>, then: HintSet): HintSet {
  const out: Record<HintKind, readonly Hint[]> = { ...NO_HINTS };
  for (const kind of HINT_KINDS) out[kind] = [...(first[kind] ?? []), ...then[kind]];
  return out;
}

// An adapter with the organisation's extra hints tried before its own, so that a platform's changed
// page can be followed from the admin console without a new extension release.
import { concatHints } from './hint-set.ts';
import type { Hint, HintKind, OverrideHint, PlatformAdapter } from './types.ts';

export type OverrideHints = Partial<Record<HintKind, readonly OverrideHint[]>>;

const NOTE = 'organisation override (settings.hintOverrides)';

export function withOverrides(adapter: PlatformAdapter, extra: OverrideHints | undefined): PlatformAdapter {
  if (extra === undefined) return adapter;
  const tagged: Partial<Record<HintKind, Hint[]>> = {};
  for (const [kind, hints] of Object.entries(extra) as [HintKind, readonly OverrideHint[]][]) {
    tagged[kind] = hints.map((hint) => ({ ...hint, source: 'OVERRIDE', note: NOTE }));
  }
  return { ...adapter, hints: concatHints(tagged, adapter.hints) };
}

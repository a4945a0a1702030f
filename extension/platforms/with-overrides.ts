// An adapter with the organisation's extra hints tried before its own, so that a platform's changed
// page can be followed from the admin console without a new extension release.
import type { HintSet, PlatformAdapter } from './types.ts';

export function withOverrides(adapter: PlatformAdapter, extra: Partial<HintSet> | undefined): PlatformAdapter {
  if (extra === undefined) return adapter;
  const { hints } = adapter;
  return {
    ...adapter,
    hints: {
      inCall: [...(extra.inCall ?? []), ...hints.inCall],
      lobby: [...(extra.lobby ?? []), ...hints.lobby],
      recording: [...(extra.recording ?? []), ...hints.recording],
      ended: [...(extra.ended ?? []), ...hints.ended],
    },
  };
}

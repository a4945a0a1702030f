// Reads the signals of one page for one adapter, over the top document and its same-origin frames:
// the platform's own cues (with the organisation's overrides first), the generic ones as fallback,
// live media, and what an embedded room's IFrame API reported. Each is read when classify() asks,
// at most once per check.
import { GENERIC_HINTS } from '../platforms/generic.ts';
import { concatHints } from '../platforms/hint-set.ts';
import { KNOWN_PLATFORMS } from '../platforms/index.ts';
import type { HintKind, HintSet, PlatformAdapter } from '../platforms/types.ts';
import type { CueSet, Signals } from './classify.ts';
import { hintCue, type Cue } from './cue.ts';
import { embedCues, NO_EMBED, type EmbedState } from './embed-events.ts';
import type { CallFrame } from './frames.ts';
import { CueReader } from './hints.ts';
import { liveMedia } from './live-media.ts';

export interface ActiveHints {
  /** How cues are labelled: the platform id, or e.g. "jitsi (custom domain)". */
  label: string;
  hints: HintSet;
}

/**
 * The hints that apply to a page: the adapter's own, and on a custom domain also those of a known
 * platform whose markup the page shows (a self-hosted Jitsi gets the Jitsi adapter's cues).
 */
export function activeHints(adapter: PlatformAdapter, reader: CueReader): ActiveHints {
  if (adapter.id === 'custom') {
    const recognised = KNOWN_PLATFORMS.find((platform) => platform.fingerprint !== undefined && reader.firstMatch(platform.fingerprint) !== null);
    if (recognised !== undefined) return { label: `${recognised.id} (custom domain)`, hints: concatHints(adapter.hints, recognised.hints) };
  }
  return { label: adapter.id, hints: adapter.hints };
}

export function readSignals(adapter: PlatformAdapter, url: URL, frames: readonly CallFrame[], embed: EmbedState = NO_EMBED): Signals {
  const { callPage } = adapter.meeting(url);
  const reader = new CueReader(frames);
  const { label, hints } = activeHints(adapter, reader);
  const embedded = embedCues(embed);
  const read = new Map<string, Cue | null>();
  const match = (set: CueSet, kind: HintKind): Cue | null => {
    const hint = reader.firstMatch(set === 'platform' ? hints[kind] : GENERIC_HINTS[kind]);
    if (hint !== null) return hintCue(set === 'platform' ? label : 'generic', kind, hint, set === 'generic');
    // The page's own markup first; the embedded room's events fill what the markup does not show.
    return set === 'platform' ? (embedded[kind] ?? null) : null;
  };
  return {
    callPage,
    cue(set, kind) {
      const key = `${set} ${kind}`;
      if (!read.has(key)) read.set(key, match(set, kind));
      return read.get(key) ?? null;
    },
    liveMedia: () => liveMedia(frames),
  };
}

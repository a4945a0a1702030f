// Reads the signals of one page for one adapter, over the top document and its same-origin frames:
// the platform's own cues (with the organisation's overrides first), the generic ones as fallback,
// live media, and what an embedded room's IFrame API reported.
import { GENERIC_HINTS } from '../platforms/generic.ts';
import { concatHints } from '../platforms/hint-set.ts';
import { KNOWN_PLATFORMS } from '../platforms/index.ts';
import { HINT_KINDS, type HintSet, type PlatformAdapter } from '../platforms/types.ts';
import type { CueMatches, Signals } from './classify.ts';
import { hintCue } from './cue.ts';
import { embedCues, NO_EMBED, type EmbedState } from './embed-events.ts';
import type { CallFrame } from './frames.ts';
import { firstMatch } from './hints.ts';
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
export function activeHints(adapter: PlatformAdapter, frames: readonly CallFrame[]): ActiveHints {
  if (adapter.id === 'custom') {
    const recognised = KNOWN_PLATFORMS.find((platform) => platform.fingerprint !== undefined && firstMatch(frames, platform.fingerprint) !== null);
    if (recognised !== undefined) return { label: `${recognised.id} (custom domain)`, hints: concatHints(adapter.hints, recognised.hints) };
  }
  return { label: adapter.id, hints: adapter.hints };
}

function cueMatches(frames: readonly CallFrame[], label: string, hints: HintSet, fallback: boolean): CueMatches {
  const matches: CueMatches = {};
  for (const kind of HINT_KINDS) {
    if (kind === 'indicator') continue;
    const hint = firstMatch(frames, hints[kind]);
    if (hint !== null) matches[kind] = hintCue(label, kind, hint, fallback);
  }
  return matches;
}

export function readSignals(adapter: PlatformAdapter, url: URL, frames: readonly CallFrame[], embed: EmbedState = NO_EMBED): Signals {
  const { callPage } = adapter.meeting(url);
  if (!callPage) return { callPage, platform: {}, generic: {}, liveMedia: { elements: 0, remoteStream: false } };
  const { label, hints } = activeHints(adapter, frames);
  return {
    callPage,
    // The page's own markup first; the embedded room's events fill what the markup does not show.
    platform: { ...embedCues(embed), ...cueMatches(frames, label, hints, false) },
    generic: cueMatches(frames, 'generic', GENERIC_HINTS, true),
    liveMedia: liveMedia(frames),
  };
}

// Reads the signals of one page for one adapter: its own hints first, the generic ones as fallback.
import { GENERIC_HINTS } from '../platforms/generic.ts';
import type { HintSet, PlatformAdapter } from '../platforms/types.ts';
import { anyHintMatches } from './hints.ts';
import { liveMediaCount } from './live-media.ts';
import type { Signals } from './classify.ts';

export function readSignals(adapter: PlatformAdapter, url: URL, root: ParentNode): Signals {
  const { callPage } = adapter.meeting(url);
  if (!callPage) return { callPage, inCallHint: false, lobbyHint: false, recordingHint: false, endedHint: false, liveMedia: 0 };
  const own = adapter.hints;
  const check = (kind: keyof HintSet): boolean =>
    anyHintMatches(root, own[kind]) || (own !== GENERIC_HINTS && anyHintMatches(root, GENERIC_HINTS[kind]));
  return {
    callPage,
    inCallHint: check('inCall'),
    lobbyHint: check('lobby'),
    recordingHint: check('recording'),
    endedHint: check('ended'),
    liveMedia: liveMediaCount(root),
  };
}

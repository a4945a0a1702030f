// A custom call domain granted in the options (a self-hosted Jitsi, a care platform that embeds a
// room). It has no cues of its own: the organisation's overrides, the cues of a known platform whose
// markup the page shows (see PlatformAdapter.fingerprint), and the generic fallback.
import { NO_HINTS } from './hint-set.ts';
import type { PlatformAdapter } from './types.ts';

export const customDomain: PlatformAdapter = {
  id: 'custom',
  name: 'Custom domain',
  // Registered at run time for the domains granted in the options, never in the manifest.
  matches: [],
  handles: () => true,
  meeting: (url) => ({ callPage: true, meetingId: url.pathname.length > 1 ? url.pathname : null }),
  hints: NO_HINTS,
};

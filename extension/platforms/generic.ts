// Hints that hold on most call pages whatever the platform: used alone for custom domains (a
// self-hosted Jitsi, a care platform) and as a fallback after every platform's own hints, because
// platforms rename their classes far more often than the words on their buttons.
import type { HintSet, PlatformAdapter } from './types.ts';

export const GENERIC_HINTS: HintSet = {
  inCall: [
    {
      selector: 'button[aria-label], [role="button"][aria-label]',
      text: '^(leave|leave call|leave meeting|hang up|end call|ophangen|verlaten|gesprek verlaten|vergadering verlaten|gesprek beëindigen)$',
    },
  ],
  lobby: [
    { selector: 'button, [role="button"]', text: '^(join|join now|join meeting|ask to join|deelnemen|nu deelnemen|vragen om deel te nemen)$' },
  ],
  recording: [
    {
      selector: '[role="status"], [role="alert"], [aria-live]',
      text: '(is being recorded|recording (has )?started|wordt opgenomen|opname (is )?gestart)',
    },
  ],
  ended: [
    {
      selector: 'h1, h2, [role="heading"], [role="status"]',
      text: '(you left the (call|meeting)|the meeting has ended|je hebt (het gesprek|de vergadering) verlaten|de vergadering is beëindigd)',
    },
  ],
};

export const customDomain: PlatformAdapter = {
  id: 'custom',
  name: 'Custom domain',
  // Registered at run time for the domains granted in the options, never in the manifest.
  matches: [],
  handles: () => true,
  meeting: (url) => ({ callPage: true, meetingId: url.pathname.length > 1 ? url.pathname : null }),
  hints: GENERIC_HINTS,
};

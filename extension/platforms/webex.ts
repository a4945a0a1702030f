// Webex in the browser: <site>.webex.com (meeting rooms at /meet/<name>, joins via /wbxmjs/ and
// /webappng/). The site's home and settings pages are not calls.
import type { PlatformAdapter } from './types.ts';

const CALL_PATHS = /^\/(meet|wbxmjs|webappng|join)\//;

export const webex: PlatformAdapter = {
  id: 'webex',
  name: 'Webex',
  matches: ['https://*.webex.com/*'],
  handles: (url) => url.hostname.endsWith('.webex.com'),
  meeting(url) {
    const callPage = CALL_PATHS.test(url.pathname);
    return { callPage, meetingId: callPage ? `${url.hostname}${url.pathname}` : null };
  },
  hints: {
    // The red leave button in the meeting controls.
    inCall: [
      { selector: '[data-test="end-call-button"], [data-test="leave-meeting-button"]' },
      { selector: 'button[aria-label]', text: '^(leave meeting|end meeting|vergadering verlaten|vergadering beëindigen)$' },
    ],
    // The preview with "Join meeting".
    lobby: [
      { selector: '[data-test="join-button"]' },
      { selector: 'button', text: '^(join meeting|deelnemen aan vergadering)$' },
    ],
    // The red recording badge next to the meeting info.
    recording: [{ selector: '[data-test="recording-indicator"], [role="status"]', text: '(recording|opnemen|opname)' }],
    ended: [{ selector: 'h1, h2, [role="heading"]', text: '(you(\'|’)ve left the meeting|the meeting has ended|je hebt de vergadering verlaten)' }],
  },
};

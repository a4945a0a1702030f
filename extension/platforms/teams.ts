// Microsoft Teams on the web: work (teams.microsoft.com, teams.cloud.microsoft) and personal
// (teams.live.com). Calls run inside the app, so every page is a possible call page; the meeting id
// is only in the URL for meetup-join links.
import type { PlatformAdapter } from './types.ts';

const HOSTS = ['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft'];
const MEETUP = /\/meetup-join\/([^/?#]+)/;

export const teams: PlatformAdapter = {
  id: 'teams',
  name: 'Microsoft Teams',
  matches: HOSTS.map((host) => `https://${host}/*`),
  handles: (url) => HOSTS.includes(url.hostname),
  meeting(url) {
    const id = MEETUP.exec(url.pathname + url.hash)?.[1] ?? null;
    return { callPage: true, meetingId: id };
  },
  hints: {
    // The hang-up button of the call toolbar (data-tid is stable across Teams releases).
    inCall: [
      { selector: '#hangup-button, [data-tid="hangup-main-btn"], [data-tid="call-hangup"]' },
      { selector: 'button[aria-label]', text: '^(leave|verlaten|hang up|ophangen)' },
    ],
    // The pre-join screen with its "Join now" button.
    lobby: [
      { selector: '[data-tid="prejoin-join-button"], [data-tid="prejoin-display-name"]' },
      { selector: 'button', text: '^(join now|nu deelnemen)$' },
    ],
    // The recording banner and the red dot next to the meeting timer.
    recording: [
      { selector: '[data-tid="recording-indicator"], [data-tid="call-recording-banner"]', text: '(recording|opname|opnemen)' },
      { selector: '[role="status"], [role="alert"]', text: '(recording has started|recording and transcription|opname is gestart|opnemen is gestart)' },
    ],
    // The call-ended screen offers "Rejoin".
    ended: [
      { selector: '[data-tid="call-ended-screen"], [data-tid="rejoin-button"]' },
      { selector: 'h1, h2, [role="heading"]', text: '(you left the meeting|you left the call|je hebt de vergadering verlaten|je hebt het gesprek verlaten)' },
    ],
  },
};

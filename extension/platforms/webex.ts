// Webex in the browser: <site>.webex.com (meeting rooms at /meet/<name>, joins via /wbxmjs/ and
// /webappng/, classic links /<site>/j.php?MTID=…). The meeting client runs in a same-origin
// iframe (#unified-webclient-iframe, or iframe[name=thinIframe] for guests), read by
// extension/detect/frames.ts; its controls are Momentum <mdc-button> web components.
// Audit in shared/research/platform-cues.md §8.
import { inferred, verified } from './provenance.ts';
import type { PlatformAdapter } from './types.ts';

const CALL_PATHS = /^\/(meet|wbxmjs|webappng|join)\/|^\/[^/]+\/j\.php$/;
const LMA = 'aws-samples/amazon-transcribe-live-meeting-assistant providers/webex.js and scribe (2026-04 – 2026-08)';
const NO_SOURCE = 'no public source shows this part of the Webex client';
const CONTROLS = 'button[aria-label], mdc-button[aria-label], [role="button"][aria-label]';
const ANNOUNCEMENTS = '[role="status"], [role="alert"], [role="dialog"], [aria-live]';

export const webex: PlatformAdapter = {
  id: 'webex',
  name: 'Webex',
  matches: ['https://*.webex.com/*'],
  handles: (url) => url.hostname.endsWith('.webex.com'),
  meeting(url) {
    const callPage = CALL_PATHS.test(url.pathname);
    // j.php links name the meeting only in their MTID parameter.
    const mtid = url.searchParams.get('MTID');
    return { callPage, meetingId: callPage ? `${url.hostname}${url.pathname}${mtid === null ? '' : `?MTID=${mtid}`}` : null };
  },
  hints: {
    inCall: [
      verified(`${LMA}: the in-meeting microphone control`, 'button[data-test="microphone-button"], mdc-button[data-test="microphone-button"]'),
      inferred(NO_SOURCE, '[data-test="end-call-button"], [data-test="leave-meeting-button"]'),
      inferred(NO_SOURCE, CONTROLS, '^(leave|leave meeting|end meeting|verlaten|vergadering verlaten|vergadering beëindigen)$'),
    ],
    admitted: [
      verified(`${LMA}: chat toggle and roster title exist only in the meeting`, 'mdc-button[data-test="in-meeting-chat-toggle-button"], span[id^="roster-title-section"][aria-label^="In this meeting"]'),
      verified('a Webex bot (2025) uses the participants toggle once admitted', '[data-test="participants-toggle-button"]'),
    ],
    waiting: [inferred(NO_SOURCE, 'span, p, h1, h2, [role="status"], [aria-live]', '^(the host will let you in soon|waiting for the host to let you in|de host laat (u|je) zo binnen|wachten tot de host (u|je) binnenlaat)\\.?$')],
    lobby: [
      verified(`${LMA} scribe mdc-button[data-test=join-button]; the mcr capture worker #join-button; name field`, '[data-test="join-button"], #join-button, input[data-test="Name (required)"]'),
      verified('the pre-page\'s "Join from this browser" (Webex bots, 2025–2026); nl our reading', 'button, mdc-button, [role="button"]', '^(join meeting|join from this browser|deelnemen aan vergadering|deelnemen via deze browser)$'),
    ],
    recording: [
      inferred(NO_SOURCE, ANNOUNCEMENTS, '(this meeting is being recorded|recording has started|deze vergadering wordt opgenomen|opname is gestart)'),
      inferred(NO_SOURCE, '[data-test="recording-indicator"]'),
    ],
    recordingStopped: [inferred(NO_SOURCE, ANNOUNCEMENTS, '(recording has stopped|recording stopped|opname is gestopt)')],
    ended: [
      verified(`${LMA} scribe scans the iframe body for these end texts`, 'h1, h2, h3, [role="heading"], [role="alert"], [role="status"], p, span', '^(this meeting has ended|meeting has ended|meeting ended|you have left the meeting|meeting disconnected)\\.?$'),
      inferred(NO_SOURCE, 'h1, h2, h3, [role="heading"], [role="alert"], [role="status"], p, span', '^(de vergadering is beëindigd|je hebt de vergadering verlaten|u hebt de vergadering verlaten)\\.?$'),
    ],
    indicator: [inferred(NO_SOURCE, '[data-test="recording-indicator"]')],
  },
};

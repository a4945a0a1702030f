// Zoom's web client: <anything>.zoom.us/wc/<meeting number>/join (or /start). Entering through the
// PWA (app.zoom.us/wc/home) runs the meeting in a same-origin iframe#webclient, which the detection
// reads (extension/detect/frames.ts). The desktop app is out of reach of an extension.
// Strings: zoom/meetingsdk-web ce0bc3f (2026-06-22) dist/lib/lang/en-US.json and nl-NL.json (the same
// UI family as the web client); audit in shared/research/platform-cues.md §7.
import { inferred, verified } from './provenance.ts';
import type { PlatformAdapter } from './types.ts';

const WEB_CLIENT = /^\/wc\/(?:join\/)?(\d{9,12})(?:\/|$)/;
const STRINGS = 'zoom/meetingsdk-web ce0bc3f (2026-06-22) lang en-US + nl-NL';
const ANNOUNCEMENTS = '[role="dialog"], [role="alertdialog"], [role="status"], [role="alert"], [aria-live], .zm-modal';
// Sentences are read from headings and announcements, not from every span: chat holds thousands.
const SENTENCES = 'h1, h2, h3, [role="heading"], [role="status"], [aria-live]';

export const zoom: PlatformAdapter = {
  id: 'zoom',
  name: 'Zoom',
  matches: ['https://zoom.us/wc/*', 'https://*.zoom.us/wc/*'],
  handles: (url) => (url.hostname === 'zoom.us' || url.hostname.endsWith('.zoom.us')) && url.pathname.startsWith('/wc/'),
  meeting(url) {
    const number = WEB_CLIENT.exec(url.pathname)?.[1] ?? null;
    return { callPage: url.pathname.startsWith('/wc/') && !url.pathname.startsWith('/wc/leave'), meetingId: number };
  },
  hints: {
    inCall: [
      verified('transcriptonic content-zoom.js fe25d759 (2026-05-10); older scripts .footer__leave-btn', '.footer__leave-btn-container, .footer__leave-btn'),
      verified(`Vexa zoom/selectors.ts (2026-08, "verified from live DOM"), meeboter; ${STRINGS} apac.toolbar_leave, apac.wc_end`, 'button[aria-label]', '^(leave|verlaten|end|beëindigen)$'),
    ],
    admitted: [verified('transcriptonic content-zoom.js (2026-05-10) waits for the audio menu once in the meeting', '#audioOptionMenu')],
    waiting: [
      verified(`${STRINGS} apac.wc_put_on_hold_msg`, SENTENCES, '^(please wait, the meeting host will let you in soon|even geduld, de host van de vergadering laat u zo binnen)\\.?$'),
      verified('an older Zoom bot, cited in the 2026 cue audit, waits on the waiting room\'s own leave button', '.wr-leave-btn'),
    ],
    lobby: [
      verified('Vexa, meeboter zoom selectors (2025-12 – 2026-08); classic client #joinBtn, #inputname', 'button.preview-join-button, #input-for-name, #preview-audio-control-button, #joinBtn, #inputname'),
      verified(`${STRINGS} join button`, 'button', '^(join|deelnemen)$'),
    ],
    recording: [
      verified(
        `${STRINGS} apac.wc_record_reminder_title, apac.wc_aria_txt_recoding_start_info`,
        ANNOUNCEMENTS,
        '(this meeting is being recorded|deze vergadering wordt opgenomen|recording is started|opname is gestart)',
      ),
      // "Opnemen" alone is also the Dutch label of the Record button, so only with its ellipsis.
      verified(`${STRINGS} apac.meeting_recording, apac.wc_recording`, `.recording-indication, [aria-label]:not(button), ${ANNOUNCEMENTS}`, '^(recording( ?(\\.\\.\\.|…))?|bezig met opnemen( ?(\\.\\.\\.|…))?|opnemen ?(\\.\\.\\.|…))$'),
    ],
    recordingStopped: [inferred('the stop texts are not in the string table read', ANNOUNCEMENTS, '(recording stopped|opname gestopt)')],
    ended: [
      verified(`Vexa .zm-modal-body-title (2026-08); ${STRINGS} apac.dialog.host_end_meeting, apac.dialog.meeting_ended`, '.zm-modal-body-title, [role="dialog"], [role="alertdialog"]', '(this meeting has been ended by host|the meeting has been ended|(de|deze) vergadering is beëindigd)'),
      verified('meeboter zoom selectors (2025-12): the end dialog\'s aria-label', '[aria-label="Meeting is end now"]'),
    ],
    // The "Recording…" indicator sits top left of the meeting window; its classes are not confirmed.
    indicator: [inferred('class names from older scripts, not confirmed by a 2025+ source', '.recording-indication, .footer__recording-indicator, .recording-status')],
  },
};

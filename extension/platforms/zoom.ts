// Zoom's web client: <anything>.zoom.us/wc/<meeting number>/join (or /start). The desktop app is
// out of reach of an extension.
import type { PlatformAdapter } from './types.ts';

const WEB_CLIENT = /^\/wc\/(?:join\/)?(\d{9,12})(?:\/|$)/;

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
    // The footer's red "Leave" / "End" button.
    inCall: [
      { selector: '.footer__leave-btn, .footer-button__leave-btn' },
      { selector: 'button[aria-label]', text: '^(leave|end|verlaten|beëindigen)$' },
    ],
    // The preview page before joining.
    lobby: [
      { selector: '.preview-join-button, #preview-meeting-info-field' },
      { selector: 'button', text: '^(join|deelnemen)$' },
    ],
    // "Recording…" in the top-left corner of the meeting window.
    recording: [
      { selector: '.recording-indication, .footer__recording-indicator, [aria-label]', text: '^(recording|opnemen|opname)( ?(\\.\\.\\.|…))?$' },
    ],
    // The dialog after the host ends the meeting, and the leave page.
    ended: [
      { selector: '.zm-modal, [role="dialog"], h1', text: '(this meeting has been ended|you have left the meeting|de vergadering is beëindigd|je hebt de vergadering verlaten)' },
    ],
  },
};

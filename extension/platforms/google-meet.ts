// Google Meet. Meeting URLs are meet.google.com/abc-defg-hij; the home page and /landing are not calls.
import type { PlatformAdapter } from './types.ts';

const MEETING_CODE = /^\/([a-z]{3}-[a-z]{4}-[a-z]{3})(?:\/|$)/;

export const googleMeet: PlatformAdapter = {
  id: 'google-meet',
  name: 'Google Meet',
  matches: ['https://meet.google.com/*'],
  handles: (url) => url.hostname === 'meet.google.com',
  meeting(url) {
    const code = MEETING_CODE.exec(url.pathname)?.[1] ?? null;
    return { callPage: code !== null, meetingId: code };
  },
  hints: {
    // The red hang-up button in the bottom bar.
    inCall: [{ selector: 'button[aria-label]', text: '^(leave call|gesprek verlaten)$' }],
    // The green-room: "Join now" / "Ask to join" under the camera preview.
    lobby: [{ selector: 'button, [role="button"]', text: '^(join now|ask to join|nu deelnemen|vragen om deel te nemen)$' }],
    // The recording pill top left, and the banner that announces it.
    recording: [
      { selector: '[data-recording-indicator], [aria-label][role="img"]', text: '(this call is being recorded|dit gesprek wordt opgenomen|^recording$|^opname$)' },
      { selector: '[role="status"], [aria-live]', text: '(recording has started|opname is gestart|this call is being recorded|dit gesprek wordt opgenomen)' },
    ],
    // The screen after hanging up.
    ended: [{ selector: 'h1, [role="heading"], button', text: '^(you left the meeting|je hebt de vergadering verlaten|rejoin|opnieuw deelnemen)$' }],
  },
};

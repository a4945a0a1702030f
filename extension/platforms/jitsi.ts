// Jitsi Meet: meet.jit.si/<Room> and 8x8.vc/<tenant>/<Room>. Self-hosted Jitsi is added as a custom
// domain and uses the generic hints, which cover Jitsi's wording.
import type { PlatformAdapter } from './types.ts';

const NOT_ROOMS = new Set(['', 'static', 'libs', 'images', 'sounds', 'lang', 'connection_optimization']);

export const jitsi: PlatformAdapter = {
  id: 'jitsi',
  name: 'Jitsi Meet',
  matches: ['https://meet.jit.si/*', 'https://8x8.vc/*'],
  handles: (url) => url.hostname === 'meet.jit.si' || url.hostname === '8x8.vc',
  meeting(url) {
    const parts = url.pathname.split('/').filter((part) => part.length > 0);
    const first = parts[0] ?? '';
    const isRoom = !NOT_ROOMS.has(first);
    return { callPage: isRoom, meetingId: isRoom ? `${url.hostname}/${parts.join('/')}` : null };
  },
  hints: {
    // The red hang-up button of the toolbox.
    inCall: [
      { selector: '.hangup-button' },
      { selector: 'button[aria-label], [role="button"][aria-label]', text: '^(leave the meeting|leave meeting|vergadering verlaten|de vergadering verlaten)$' },
    ],
    // The prejoin screen.
    lobby: [{ selector: '[data-testid="prejoin.joinMeeting"], .prejoin-input-area' }],
    // The "REC" label in the top bar (its aria-label carries the words).
    recording: [
      { selector: '.recording-label, #recordingLabel, [data-testid="recording-label"]' },
      { selector: '[aria-label]', text: '^(recording|opnemen|opname)$' },
    ],
    ended: [{ selector: '.leave-reason, h1, h2', text: '(you have left the meeting|the meeting has ended|je hebt de vergadering verlaten|de vergadering is beëindigd)' }],
  },
};

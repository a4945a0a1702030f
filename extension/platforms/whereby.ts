// Whereby: whereby.com/<room> or <org>.whereby.com/<room>. The site's own pages (/user, /information
// and the like) are not rooms.
import type { PlatformAdapter } from './types.ts';

const NOT_ROOMS = new Set(['', 'user', 'information', 'pricing', 'login', 'org', 'embed', 'api', 'blog']);

export const whereby: PlatformAdapter = {
  id: 'whereby',
  name: 'Whereby',
  matches: ['https://whereby.com/*', 'https://*.whereby.com/*'],
  handles: (url) => url.hostname === 'whereby.com' || url.hostname.endsWith('.whereby.com'),
  meeting(url) {
    const room = url.pathname.split('/')[1] ?? '';
    const isRoom = !NOT_ROOMS.has(room.toLowerCase());
    return { callPage: isRoom, meetingId: isRoom ? `${url.hostname}/${room}` : null };
  },
  hints: {
    // The "Leave" button in the bottom control bar.
    inCall: [{ selector: 'button[aria-label], [data-testid="leave-button"]', text: '^(leave|leave room|verlaten|ruimte verlaten)$' }],
    // The knock / join screen.
    lobby: [
      { selector: '[data-testid="join-button"], [data-testid="knock-button"]' },
      { selector: 'button', text: '^(join meeting|knock|deelnemen aan vergadering|aankloppen)$' },
    ],
    // The recording badge shown to everyone in the room.
    recording: [{ selector: '[data-testid="recording-indicator"], [role="status"]', text: '(recording|wordt opgenomen|opname)' }],
    ended: [{ selector: 'h1, h2, [role="heading"]', text: '(you left the room|you have left|je hebt de ruimte verlaten)' }],
  },
};

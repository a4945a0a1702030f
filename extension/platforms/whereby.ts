// Whereby: whereby.com/<room> or <org>.whereby.com/<room>. The site's own pages (/user, /information
// and the like) are not rooms. No current public code touches Whereby's room DOM (audit in
// shared/research/platform-cues.md §8): every cue here is inferred, the generic cues, live media and
// the organisation's overrides carry the rest. Rooms embedded on a care platform report through
// their IFrame API instead (extension/detect/embed-events.ts).
import { inferred } from './provenance.ts';
import type { PlatformAdapter } from './types.ts';

const NOT_ROOMS = new Set(['', 'user', 'information', 'pricing', 'login', 'org', 'embed', 'api', 'blog']);
const NO_SOURCE = 'no public source shows Whereby\'s current room markup';
const OLD = 'vpalmisano/webrtcperf Whereby script (2021 era), not confirmed since';
const ANNOUNCEMENTS = '[role="status"], [role="alert"], [role="dialog"], [aria-live]';

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
    inCall: [inferred(NO_SOURCE, 'button[aria-label], [role="button"][aria-label], [data-testid="leave-button"]', '^(leave|leave room|leave meeting|verlaten|ruimte verlaten)$')],
    admitted: [],
    waiting: [inferred(NO_SOURCE, 'span, p, h1, h2, [role="status"], [aria-live]', '^(waiting for the host to let you in|you have knocked|wachten tot de host (u|je) binnenlaat|je hebt aangeklopt)\\.?$')],
    lobby: [
      inferred(OLD, 'button[data-qa="knockBtn"], input[data-qa="knockNameInput"]'),
      inferred(NO_SOURCE, 'button', '^(join|join meeting|knock|deelnemen|deelnemen aan vergadering|aankloppen)$'),
    ],
    recording: [
      inferred(NO_SOURCE, ANNOUNCEMENTS, '(recording (has )?started|is being recorded|wordt opgenomen|opname (is )?gestart)'),
      inferred(NO_SOURCE, '[data-testid="recording-indicator"]'),
    ],
    recordingStopped: [inferred(NO_SOURCE, ANNOUNCEMENTS, '(recording (has )?stopped|opname (is )?gestopt)')],
    ended: [inferred(NO_SOURCE, 'h1, h2, [role="heading"]', '(you left the room|you have left|je hebt de ruimte verlaten)')],
    indicator: [inferred(NO_SOURCE, '[data-testid="recording-indicator"]')],
  },
};

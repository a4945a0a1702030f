// Jitsi Meet: meet.jit.si/<Room> and 8x8.vc/<tenant>/<Room>; a self-hosted Jitsi on a custom domain
// is recognised by its markup (`fingerprint`) and gets these cues too.
// Sources: jitsi/jitsi-meet at 6f6100ceb (2025-11-21) — react/features/toolbox/components/web/
// Toolbox.tsx, HangupMenuButton.tsx, base/toolbox/components/ToolboxItem.web.tsx,
// notifications/components/web/Notification.tsx, recording/actions.any.ts,
// RecordingConsentDialog.tsx, base/ui/components/web/BaseDialog.tsx, prejoin/components/web/
// Prejoin.tsx, lobby/components/web/LobbyScreen.tsx, conference/components/web/ConferenceInfo.tsx,
// lang/main.json + main-nl.json, tests/pageobjects/*.ts (audit in shared/research/platform-cues.md §4).
import { verified } from './provenance.ts';
import type { PlatformAdapter } from './types.ts';

const NOT_ROOMS = new Set(['', 'static', 'libs', 'images', 'sounds', 'lang', 'connection_optimization']);
const SRC = 'jitsi-meet source 6f6100ceb (2025-11-21)';

export const jitsi: PlatformAdapter = {
  id: 'jitsi',
  name: 'Jitsi Meet',
  matches: ['https://meet.jit.si/*', 'https://8x8.vc/*'],
  handles: (url) => url.hostname === 'meet.jit.si' || url.hostname === '8x8.vc',
  meeting(url) {
    const parts = url.pathname.split('/').filter((part) => part.length > 0);
    const first = parts[0] ?? '';
    // static/close*.html (the close page after hanging up) is not a room either.
    const isRoom = !NOT_ROOMS.has(first);
    return { callPage: isRoom, meetingId: isRoom ? `${url.hostname}/${parts.join('/')}` : null };
  },
  fingerprint: [
    verified(
      `${SRC}: Prejoin.tsx root, Toolbox.tsx root, LobbyScreen.tsx, the end notifications`,
      '[data-testid="prejoin.screen"], #new-toolbox, .lobby-screen, [data-testid="lobby.knockButton"], [data-testid="dialog.thankYou"], [data-testid="dialog.leaveReason"]',
    ),
  ],
  hints: {
    // The toolbox is not rendered while the prejoin or lobby screen shows (Conference.tsx), so its
    // hang-up control means admitted. Moderators get the hang-up menu instead of the plain button.
    admitted: [
      verified(`${SRC}: Toolbox.tsx HangupButton customClass, HangupMenuButton.tsx`, '#new-toolbox .hangup-button, #new-toolbox .hangup-menu-button'),
      verified(
        `${SRC}: toolbar.accessibilityLabel.hangup in lang/main.json and main-nl.json; tests/pageobjects/Toolbar.ts`,
        '#new-toolbox [role="button"][aria-label]',
        '^(leave the meeting|het gesprek verlaten)$',
      ),
    ],
    inCall: [
      verified(`${SRC}: toolbar.accessibilityLabel.hangup (en, nl); ToolboxItem.web.tsx renders div[role=button][aria-label]`, '[role="button"][aria-label]', '^(leave the meeting|het gesprek verlaten)$'),
    ],
    // Knocking, or waiting for a moderator to accept: LobbyScreen.tsx.
    waiting: [
      verified(`${SRC}: LobbyScreen.tsx root class and knock button testId`, '.lobby-screen, [data-testid="lobby.knockButton"]'),
      verified(
        `${SRC}: lobby.joiningMessage (en, nl)`,
        'span, p, [aria-live], [role="status"]',
        "^(you['’]ll join the meeting as soon as someone accepts your request|u neemt deel aan de vergadering zodra iemand uw verzoek accepteert)\\.?$",
      ),
    ],
    lobby: [verified(`${SRC}: Prejoin.tsx root testId, join button testId, name input id`, '[data-testid="prejoin.screen"], [data-testid="prejoin.joinMeeting"], #premeeting-name-input')],
    // The start notification lives 2.5 s (NOTIFICATION_TIMEOUT.SHORT); the consent dialog is
    // dismissed by the user: both are latched. The persistent label has no text, id or aria-label.
    recording: [
      verified(`${SRC}: Notification.tsx description data-testid={descriptionKey}; recording/actions.any.ts`, '[data-testid="recording.on"], [data-testid="recording.onBy"]'),
      verified(`${SRC}: RecordingConsentDialog.tsx titleKey dialog.recordingInProgressTitle, BaseDialog.tsx role/aria-label (en only)`, '[role="dialog"][aria-label="Recording in progress"]'),
      verified(`${SRC}: recording.onBy (en, nl) in an aria-live notification`, '[aria-live]', '(started the recording|heeft de opname gestart)'),
    ],
    recordingStopped: [verified(`${SRC}: Notification.tsx data-testid, recording.off / recording.offBy`, '[data-testid="recording.off"], [data-testid="recording.offBy"]')],
    // After hanging up: the thank-you toast, or the leave-reason dialog when removed or ended by a
    // moderator (conference.js hangup(), app/actions.web.ts, LeaveReasonDialog.web.tsx).
    ended: [verified(`${SRC}: app/actions.web.ts notification dialog.thankYou, LeaveReasonDialog.web.tsx testId`, '[data-testid="dialog.thankYou"], [data-testid="dialog.leaveReason"]')],
    // The recording label sits in the always-visible part of the conference info bar, top centre.
    indicator: [verified(`${SRC}: ConferenceInfo.tsx .details-container, ConferenceInfoContainer id alwaysVisible`, '.details-container #alwaysVisible')],
  },
};


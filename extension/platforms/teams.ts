// Microsoft Teams on the web: work (teams.microsoft.com, teams.cloud.microsoft) and personal
// (teams.live.com). Calls run inside the app, so every page is a possible call page; the meeting id
// is only in the URL for meetup-join links. Teams versions its data-tid values (…-v2-…), so ids
// come first and the words second. Audit in shared/research/platform-cues.md §6.
import { inferred, verified } from './provenance.ts';
import type { PlatformAdapter } from './types.ts';

const HOSTS = ['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft'];
const MEETUP = /\/meetup-join\/([^/?#]+)/;
const NL_GUESS = 'Dutch wording not shown by any public source';
const ANNOUNCEMENTS = '[role="status"], [role="alert"], [role="dialog"], [aria-live]';
// Lobby and end sentences are read from headings and announcements only, whole: the Teams app around
// a call holds thousands of spans of chat (and a descendant selector over them is slow).
const SENTENCES = 'h1, h2, h3, [role="heading"], [role="status"], [aria-live]';

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
    inCall: [
      verified('Vexa msteams/selectors.ts (2026, "confirmed working"), attendee teams_ui_methods.py (2025-06), transcriptonic', '#hangup-button, [data-inp="hangup-button"]'),
      inferred('listed by Vexa and several scripts, never marked confirmed', '[data-tid="hangup-main-btn"]'),
      // Scoped to the call toolbar: the Teams app around the call holds hundreds of other buttons.
      verified('meeboter microsoft-teams selectors (2025-12): "Leave (Ctrl+Shift+H)"; nl prefix from a Teams bot', '[role="toolbar"] button[aria-label]', '^(leave|verlaten|hang up|ophangen)'),
    ],
    admitted: [],
    // In the lobby the join button stays, disabled, and a line says someone will let you in.
    waiting: [
      inferred(
        'text from attendee teams_ui_methods.py (2026-08-19); the pre-join screen\'s tid is the audit\'s suggestion',
        '[data-tid="calling-prejoin-screen"]',
        "(someone will let you in soon|we['’]ve let people in the meeting know you['’]re waiting)",
      ),
      verified('attendee teams_ui_methods.py (2026-08-19): the lobby text', SENTENCES, "^(someone will let you in soon|we['’]ve let people in the meeting know you['’]re waiting)\\.?$"),
      inferred(NL_GUESS, SENTENCES, '^(iemand laat (je|u) zo binnen)\\.?$'),
      inferred('attendee: the join button stays while waiting; that it is disabled then is our reading', '[data-tid="prejoin-join-button"][disabled], [data-tid="prejoin-join-button"][aria-disabled="true"]'),
    ],
    // Ids only: the words "Join now" can also be on a card of another meeting in the app around a
    // running call, and Teams has no admission-only cue to outrank a lobby cue. When the ids change,
    // the generic join words still apply (they are read only when no Teams cue matches).
    lobby: [
      verified('live capture 2026-07-19 (a Rust Teams bot); attendee, meeboter, transcriptonic', '[data-tid="prejoin-join-button"], #prejoin-join-button, input[data-tid="prejoin-display-name-input"]'),
    ],
    recording: [
      verified('AudioCodes vendor documentation, cited in the 2026 cue audit: Teams shows a pop-up "Recording has started"', ANNOUNCEMENTS, '(recording has started|recording and transcription have started|is being recorded)'),
      inferred(NL_GUESS, ANNOUNCEMENTS, '(opname is gestart|opnemen is gestart|wordt opgenomen)'),
      inferred('tid names guessed by several projects, none confirmed', '[data-tid="recording-indicator"], [data-tid="call-recording-banner"]'),
    ],
    recordingStopped: [inferred('no public source shows the stop announcement', ANNOUNCEMENTS, '(recording has stopped|opname is gestopt|opnemen is gestopt)')],
    ended: [
      verified('a Rust Teams bot (live capture 2026-07-19), attendee teams_ui_methods.py: the retry / end screens', '[data-tid="calling-retry-screen"], #calling-retry-screen-title, [data-tid="calling-e2ee-end-screen"]'),
      verified('attendee (2026-08-19) reads #calling-retry-screen-title; a Python recorder (2026): "Did you leave by mistake?"', SENTENCES, "^(did you leave by mistake\\?|you['’]ve been removed from this meeting|removed from the meeting)$"),
      inferred(NL_GUESS, SENTENCES, '^(ben je per ongeluk weggegaan\\?|je bent uit deze vergadering verwijderd)$'),
    ],
    indicator: [inferred('tid names guessed by several projects, none confirmed', '[data-tid="recording-indicator"], [data-tid="call-recording-banner"]')],
  },
};

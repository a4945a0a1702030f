// Hints that hold on most call pages whatever the platform: the fallback after every platform's own
// hints (and the only DOM hints on a custom domain that does not look like a known platform),
// because platforms rename their classes far more often than the words on their buttons. Every
// cue that decides from here marks the state "fallback only" in the popup's health line.
import { inferred } from './provenance.ts';
import type { HintSet } from './types.ts';

const WORDS = 'common wording of call platforms (nl + en), not tied to one platform';
const CONTROLS = 'button[aria-label], [role="button"][aria-label], mdc-button[aria-label]';
// Places where a platform writes a sentence about the call's state; scoped so that long chat
// histories and page chrome are not searched.
const ANNOUNCEMENTS = '[role="status"], [role="alert"], [role="alertdialog"], [role="dialog"], [aria-live]';

export const GENERIC_HINTS: HintSet = {
  inCall: [
    inferred(
      WORDS,
      CONTROLS,
      '^(leave|leave call|leave meeting|leave the meeting|hang up|end call|ophangen|verlaten|gesprek verlaten|het gesprek verlaten|vergadering verlaten|gesprek beëindigen)$',
    ),
  ],
  admitted: [],
  waiting: [
    inferred(
      WORDS,
      // Headings only: announcement regions can hold chat, where these words must not stop the call.
      'h1, h2, h3, [role="heading"]',
      '(will let you in soon|lets you in|waiting for the host to let you in|laat (u|je) zo binnen|zodra iemand (u|je) binnenlaat)',
    ),
  ],
  lobby: [
    inferred(
      WORDS,
      'button, [role="button"], mdc-button',
      '^(join|join now|join meeting|ask to join|deelnemen|nu deelnemen|deelnemen aan vergadering|vragen om deel te nemen)$',
    ),
  ],
  recording: [
    inferred(
      WORDS,
      ANNOUNCEMENTS,
      '(is being recorded|recording (has |is )?started|started the recording|wordt opgenomen|opname (is )?gestart|heeft de opname gestart)',
    ),
  ],
  recordingStopped: [inferred(WORDS, ANNOUNCEMENTS, '(recording (has )?stopped|stopped the recording|opname (is )?gestopt|heeft de opname gestopt)')],
  ended: [
    inferred(
      WORDS,
      'h1, h2, [role="heading"], [role="status"]',
      '(you left the (call|meeting)|the meeting has ended|je hebt (het gesprek|de vergadering) verlaten|(de|deze) vergadering is beëindigd)',
    ),
  ],
  indicator: [],
};

// Google Meet. Meeting URLs are meet.google.com/abc-defg-hij, also /_meet/abc-defg-hij when opened
// from Gmail or Calendar; the home page and /landing are not calls. Meet is closed source: cues come
// from projects that drive its live client (audit in shared/research/platform-cues.md §5).
import { inferred, verified } from './provenance.ts';
import type { PlatformAdapter } from './types.ts';

const MEETING_CODE = /^\/(?:_meet\/)?([a-z]{3}-[a-z]{4}-[a-z]{3})(?:\/|$)/;
const ICONS = '.google-symbols, .google-material-icons, .material-icons-extended';
const NL_GUESS = 'Dutch wording not shown by any public source';

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
    // Sentences read from spans are matched whole (anchored), so that the same words in a chat message
    // cannot end or hold the call. "Leave call" is also on screen while waiting to be let in (Vexa
    // selectors.ts, meeboter 0edc37d 2025-12-21, transcriptonic): it only shows call controls, the
    // waiting guards decide.
    inCall: [
      verified('attendee google_meet_ui_methods.py 77e990ed (2026-08-19), Vexa/meeboter selectors; nl in a 19-language recorder list (2026)', 'button[aria-label]', '^(leave call|gesprek verlaten)$'),
      verified('transcriptonic content-google-meet.js fe25d759 (2026-05-10): locale-free icon ligature', ICONS, '^call_end$'),
    ],
    admitted: [
      verified(
        'meeboter admissionIndicators (2025-12-21), attendee waits for "Turn on captions" (2026-08-19)',
        'button[aria-label]',
        '^(chat with everyone|meeting details|host controls|meeting tools|turn on captions|turn off captions)$',
      ),
      inferred(NL_GUESS, 'button[aria-label]', '^(chatten met iedereen|gespreksdetails|details van de vergadering|hostopties|ondertiteling (aanzetten|uitzetten|inschakelen|uitschakelen))$'),
      verified('transcriptonic content-google-meet.js (2026-05-10): captions icon appears only after admission', ICONS, '^closed_caption(_off)?$'),
      verified('Vexa googlemeet/selectors.ts 4647c96e (2026-08-21)', '[data-self-name]'),
    ],
    waiting: [
      verified(
        'Vexa googlemeet/admission.ts 4647c96e (2026-08-21), meeboter 0edc37d (2025-12-21); Meet writes a typographic apostrophe',
        'span, p, h1, h2, [role="heading"], [role="status"], [aria-live]',
        "^(asking to be let in|you['’]ll join the call when someone lets you in|please wait until a meeting host brings you into the call)[.…]*$",
      ),
      inferred(NL_GUESS, 'span, p, h1, h2, [role="heading"], [role="status"], [aria-live]', '^(vragen of je erbij mag|je neemt deel aan het gesprek zodra iemand je toelaat|wacht tot een host je toelaat)[.…]*$'),
    ],
    lobby: [
      verified(
        'attendee 77e990ed (2026-08-19) join button texts; Vexa adds "Switch here"; nl in two bots',
        'button, [role="button"]',
        '^(join now|ask to join|ask to join anyway|join anyway|join the call now|join here too|switch here|nu deelnemen|vragen om deel te nemen)$',
      ),
      verified('five meeting bots use the join button jsname (2025–2026)', 'button[jsname="Qx7uuf"]'),
    ],
    recording: [
      verified(
        'attendee google_meet_chromedriver_payload.js checkNeededInteractions (2025-11-19): aria-modal dialog texts',
        '[role="dialog"]',
        '(this video call is being (recorded|transcribed)|gemini is taking notes)',
      ),
      inferred(NL_GUESS, '[role="dialog"]', '(dit videogesprek wordt (opgenomen|getranscribeerd)|gemini maakt notities)'),
      inferred('attendee PR #604 (2026-01-19) describes a banner at the very top; its markup is not public', '[role="status"], [role="alert"], [aria-live]', '(is being recorded|is being transcribed|gemini is taking notes|wordt opgenomen|wordt getranscribeerd|gemini maakt notities)'),
    ],
    recordingStopped: [inferred('no public source shows Meet\'s stop announcement', '[role="status"], [role="alert"], [aria-live]', '(recording (has )?stopped|opname (is )?gestopt)')],
    ended: [
      verified(
        'attendee google_meet_ui_methods.py (2026-08-19): left, removed and host-ended texts',
        'h1, h2, [role="heading"], .roSPhc',
        "(you left the meeting|you['’]ve been removed from the meeting|your host ended the meeting for everyone)",
      ),
      inferred(NL_GUESS, 'h1, h2, [role="heading"], .roSPhc', '(je hebt de vergadering verlaten|je bent uit de vergadering verwijderd|je host heeft de vergadering voor iedereen beëindigd)'),
      verified('a Meet extension (2026) marks its end screen', 'div[data-call-ended="true"]'),
    ],
    // Meet checks that its recording banner is visible and may remove a participant when not (attendee PR #604).
    indicator: [inferred('the banner is at the very top of the page (attendee PR #604, 2026-01-19); its markup is not public', '[role="status"], [role="alert"], [aria-live]', '(record|transcrib|gemini|opname|opgenomen)')],
  },
};

// What a platform adapter declares. Adapters are data plus two small URL functions, so that every
// selector for a platform sits in one commented place next to its fixture pages.

export type PlatformId = 'google-meet' | 'teams' | 'zoom' | 'whereby' | 'jitsi' | 'webex' | 'custom';

/**
 * A DOM hint: elements matching `selector`, and when `text` is given, whose accessible text
 * (aria-label, title or text content) matches it (a case-insensitive regular expression source).
 * Text patterns carry both the Dutch and the English wording of the platform's UI.
 */
export interface Hint {
  selector: string;
  text?: string;
}

export interface HintSet {
  /** The call is running: a leave / hang-up control is on screen. */
  inCall: readonly Hint[];
  /** The pre-join screen: camera preview and a join button, not yet in the call. */
  lobby: readonly Hint[];
  /** The platform's own "this call is being recorded" indicator. */
  recording: readonly Hint[];
  /** The call is over: "you left", "rejoin", "meeting ended". */
  ended: readonly Hint[];
}

export interface MeetingUrl {
  /** Whether a call can take place on this page at all (false for home, landing, settings). */
  callPage: boolean;
  /** What identifies the meeting in the URL, if anything; only ever stored hashed. */
  meetingId: string | null;
}

export interface PlatformAdapter {
  id: PlatformId;
  name: string;
  /** Match patterns for the manifest's content script. */
  matches: readonly string[];
  /** Whether a URL belongs to this platform (host and path), beyond the coarse match pattern. */
  handles(url: URL): boolean;
  meeting(url: URL): MeetingUrl;
  hints: HintSet;
}

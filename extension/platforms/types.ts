// What a platform adapter declares. Adapters are data plus two small URL functions, so that every
// cue for a platform sits in one commented place next to its fixture pages.

export type PlatformId = 'google-meet' | 'teams' | 'zoom' | 'whereby' | 'jitsi' | 'webex' | 'custom';

/**
 * Where a cue comes from: VERIFIED = seen in a named source (the platform's own code, or a project
 * that drives the live client) with a date; INFERRED = our reading, not confirmed by a source;
 * OVERRIDE = an organisation's hint from settings.hintOverrides.
 */
export type CueSource = 'VERIFIED' | 'INFERRED' | 'OVERRIDE';

/**
 * A DOM hint: elements matching `selector`, and when `text` is given, whose aria-label, title or
 * visible text (any of them) matches it (a case-insensitive regular expression source). Text
 * patterns carry both the Dutch and the English wording of the platform's UI.
 */
export interface Hint {
  selector: string;
  text?: string;
  source: CueSource;
  /** Where and when the cue was seen (VERIFIED), or why it is assumed (INFERRED). */
  note: string;
}

/** A hint as an organisation writes it in the managed policy: no provenance, that is implied. */
export interface OverrideHint {
  selector: string;
  text?: string;
}

export interface HintSet {
  /** Call controls are on screen (a leave / hang-up control); on some platforms also while waiting to be let in. */
  inCall: readonly Hint[];
  /** Controls that only exist once admitted to the call (chat, captions, the in-call toolbox). */
  admitted: readonly Hint[];
  /** Waiting to be let in by a host: checked before anything that says "in the call". */
  waiting: readonly Hint[];
  /** The pre-join screen: camera preview and a join button, not yet in the call. */
  lobby: readonly Hint[];
  /** The platform announces that it records or transcribes (toast, dialog, banner); latched. */
  recording: readonly Hint[];
  /** The platform announces that its recording stopped: releases the latch. */
  recordingStopped: readonly Hint[];
  /** An end screen: the call is over at once, without the grace period. */
  ended: readonly Hint[];
  /** Where the platform draws its own persistent recording indicator or banner: the reminder keeps off it. */
  indicator: readonly Hint[];
}

export type HintKind = keyof HintSet;

export const HINT_KINDS: readonly HintKind[] = ['inCall', 'admitted', 'waiting', 'lobby', 'recording', 'recordingStopped', 'ended', 'indicator'];

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
  /**
   * Markup by which a page on a custom domain shows it runs this platform (a self-hosted Jitsi);
   * when one matches, this adapter's cues are used there.
   */
  fingerprint?: readonly Hint[];
}

// Built-in cues with their provenance, so that each line of a platform file says where it comes from.
import type { Hint } from './types.ts';

/** A cue seen in a named source; `note` says where and when. */
export function verified(note: string, selector: string, text?: string): Hint {
  return text === undefined ? { selector, source: 'VERIFIED', note } : { selector, text, source: 'VERIFIED', note };
}

/** A cue we assume without a source confirming it; `note` says why. */
export function inferred(note: string, selector: string, text?: string): Hint {
  return text === undefined ? { selector, source: 'INFERRED', note } : { selector, text, source: 'INFERRED', note };
}

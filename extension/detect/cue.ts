// A cue that matched: which kind, from where, and a short description for the popup's health line,
// so an admin can see what decided and write an override when only the fallback did.
import type { CueSource, Hint, HintKind } from '../platforms/types.ts';

export interface Cue {
  kind: HintKind;
  source: CueSource;
  /** Only the generic fallback (words common to all platforms, or live media) matched. */
  fallback: boolean;
  /** e.g. `zoom · inCall · button[aria-label="Leave"] (VERIFIED)` */
  label: string;
}

// Short enough for one line in the popup (and the call/state message's limit).
const MAX_SELECTOR = 100;
const MAX_TEXT = 40;

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export function hintCue(platform: string, kind: HintKind, hint: Hint, fallback: boolean): Cue {
  const text = hint.text === undefined ? '' : ` ~ /${shorten(hint.text, MAX_TEXT)}/`;
  return { kind, source: hint.source, fallback, label: `${platform} · ${kind} · ${shorten(hint.selector, MAX_SELECTOR)}${text} (${hint.source})` };
}

// Evaluating DOM hints against the page's frames. Only reads the DOM; never trusts it for anything
// but deciding whether to show a reminder.
import type { Hint } from '../platforms/types.ts';
import type { CallFrame } from './frames.ts';

const compiled = new Map<string, RegExp>();

function pattern(source: string): RegExp {
  let regex = compiled.get(source);
  if (regex === undefined) {
    regex = new RegExp(source, 'iu');
    compiled.set(source, regex);
  }
  return regex;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Every text a user (or screen reader) may perceive for an element: aria-label, title and the
 * visible text. All are tested, because an aria-label can differ from what is shown (Zoom's end
 * dialog is labelled "Meeting is end now" while its body says "This meeting has been ended by host").
 */
export function perceivedTexts(element: Element): string[] {
  const texts = [element.getAttribute('aria-label'), element.getAttribute('title'), element.textContent];
  return texts.filter((text): text is string => text !== null).map(normalise).filter((text) => text.length > 0);
}

export function elementMatches(element: Element, hint: Hint): boolean {
  if (hint.text === undefined) return true;
  const regex = pattern(hint.text);
  return perceivedTexts(element).some((text) => regex.test(text));
}

function candidates(doc: Document, hint: Hint): Element[] {
  try {
    return [...doc.querySelectorAll(hint.selector)];
  } catch {
    // An invalid selector (for instance from an organisation override) must not break detection.
    return [];
  }
}

/** The elements in any of the frames that match a hint. */
export function matchingElements(frames: readonly CallFrame[], hint: Hint): { element: Element; frame: CallFrame }[] {
  return frames.flatMap((frame) => candidates(frame.doc, hint).filter((element) => elementMatches(element, hint)).map((element) => ({ element, frame })));
}

export function hintMatches(frames: readonly CallFrame[], hint: Hint): boolean {
  return frames.some((frame) => candidates(frame.doc, hint).some((element) => elementMatches(element, hint)));
}

/** The first hint of a list that matches somewhere, in the list's order (most specific first). */
export function firstMatch(frames: readonly CallFrame[], hints: readonly Hint[]): Hint | null {
  return hints.find((hint) => hintMatches(frames, hint)) ?? null;
}

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
  const trimmed = text.trim();
  // Most labels need no collapsing; skipping the replace saves an allocation per element.
  return trimmed.includes('  ') || trimmed.includes('\n') || trimmed.includes('\t') ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

/**
 * Announcements, dialogs, headings and controls say a sentence or two; an element with more visible
 * text than this is a container (a chat log in an aria-live region, a whole panel), whose text is
 * not read as a cue.
 */
const MAX_VISIBLE_TEXT = 2000;

/**
 * Reads hints against one snapshot of the page (one check). Every text a user or screen reader may
 * perceive is tested: aria-label, title and the visible text, any of them, because an aria-label can
 * differ from what is shown (Zoom's end dialog is labelled "Meeting is end now" while its body says
 * "This meeting has been ended by host"). Visible text is read once per element and check, however
 * many hints look at it: a chat log in an aria-live region is long.
 */
export class CueReader {
  private readonly visibleText = new WeakMap<Element, string>();

  constructor(private readonly frames: readonly CallFrame[]) {}

  private textOf(element: Element): string {
    let text = this.visibleText.get(element);
    if (text === undefined) {
      const raw = element.textContent ?? '';
      text = raw.length > MAX_VISIBLE_TEXT ? '' : normalise(raw);
      this.visibleText.set(element, text);
    }
    return text;
  }

  private elementMatches(element: Element, hint: Hint): boolean {
    if (hint.text === undefined) return true;
    const regex = pattern(hint.text);
    for (const attribute of ['aria-label', 'title']) {
      const value = element.getAttribute(attribute);
      if (value !== null && regex.test(normalise(value))) return true;
    }
    return regex.test(this.textOf(element));
  }

  /** The elements in any of the frames that match a hint. */
  matchingElements(hint: Hint): { element: Element; frame: CallFrame }[] {
    const found: { element: Element; frame: CallFrame }[] = [];
    for (const frame of this.frames) {
      for (const element of candidates(frame.doc, hint)) if (this.elementMatches(element, hint)) found.push({ element, frame });
    }
    return found;
  }

  hintMatches(hint: Hint): boolean {
    for (const frame of this.frames) {
      for (const element of candidates(frame.doc, hint)) if (this.elementMatches(element, hint)) return true;
    }
    return false;
  }

  /** The first hint of a list that matches somewhere, in the list's order (most specific first). */
  firstMatch(hints: readonly Hint[]): Hint | null {
    return hints.find((hint) => this.hintMatches(hint)) ?? null;
  }
}

function candidates(doc: Document, hint: Hint): Iterable<Element> {
  try {
    return doc.querySelectorAll(hint.selector);
  } catch {
    // An invalid selector (for instance from an organisation override) must not break detection.
    return [];
  }
}

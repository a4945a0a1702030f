// Evaluating DOM hints against the page. Only reads the DOM; never trusts it for anything but
// deciding whether to show a reminder.
import type { Hint } from '../platforms/types.ts';

// A page can hold thousands of buttons; the text test only looks at the first few matches so that
// one check stays cheap under heavy DOM churn.
const MAX_ELEMENTS_PER_HINT = 200;

const compiled = new Map<string, RegExp>();

function pattern(source: string): RegExp {
  let regex = compiled.get(source);
  if (regex === undefined) {
    regex = new RegExp(source, 'iu');
    compiled.set(source, regex);
  }
  return regex;
}

/** The text a user (or screen reader) perceives for an element. */
export function accessibleText(element: Element): string {
  const label = element.getAttribute('aria-label') ?? element.getAttribute('title');
  return (label ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function hintMatches(root: ParentNode, hint: Hint): boolean {
  let elements: NodeListOf<Element>;
  try {
    elements = root.querySelectorAll(hint.selector);
  } catch {
    // An invalid selector (for instance from an organisation override) must not break detection.
    return false;
  }
  if (hint.text === undefined) return elements.length > 0;
  const regex = pattern(hint.text);
  const count = Math.min(elements.length, MAX_ELEMENTS_PER_HINT);
  for (let i = 0; i < count; i++) {
    const element = elements[i];
    if (element !== undefined && regex.test(accessibleText(element))) return true;
  }
  return false;
}

export function anyHintMatches(root: ParentNode, hints: readonly Hint[]): boolean {
  return hints.some((hint) => hintMatches(root, hint));
}

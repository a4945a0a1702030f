// Decides whether a pointer click on the reminder may count (F4 in the security review): a hostile
// call page can lay a decoy over the panel (pointer-events:none lets the click through) or change
// the panel right under the cursor. A click counts only when the panel has been still for
// SETTLE_MS and nothing covers it. Chromium says so itself (IntersectionObserver v2: `isVisible`
// is false while anything is painted over the panel, or it is faded, filtered or transformed);
// everywhere the click point and the button's centre must hit our host first, and no ancestor
// may hide or fade it. Firefox has no v2 observer, and its hit test skips pointer-events:none
// elements, so there a decoy that lets clicks through is not seen: only the settle time holds.

/** Long enough to notice that the panel appeared, moved or changed; short enough not to annoy. */
export const SETTLE_MS = 600;

export type Refusal = 'covered' | 'too-soon';

export interface ClickGuard {
  /** The panel appeared, moved or changed what it shows. */
  changed(): void;
  /** Why this click must not count, or null when it may. */
  refusal(event: MouseEvent, button: Element): Refusal | null;
  disconnect(): void;
}

// IntersectionObserver v2 is not in TypeScript's DOM types yet.
interface VisibilityInit extends IntersectionObserverInit {
  trackVisibility: boolean;
  delay: number;
}
interface VisibilityEntry extends IntersectionObserverEntry {
  isVisible: boolean;
}

const tracksVisibility = (): boolean => typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;

function isPlainTranslation(transform: string): boolean {
  if (transform === 'none') return true;
  const match = /^matrix\(([^)]*)\)$/.exec(transform);
  if (match?.[1] === undefined) return false;
  const [a, b, c, d] = match[1].split(',').map(Number);
  return a === 1 && b === 0 && c === 0 && d === 1;
}

/** Our element and its ancestors up to <html> (across the shadow boundary) are shown as drawn. */
function drawnAsIs(element: Element): boolean {
  for (let node: Element | null = element; node !== null; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const style = getComputedStyle(node);
    if (Number(style.opacity) < 1 || style.visibility !== 'visible' || style.filter !== 'none' || !isPlainTranslation(style.transform)) return false;
  }
  return true;
}

function hitsOnlyUs(host: Element, root: ShadowRoot, button: Element, point: { x: number; y: number }): boolean {
  return document.elementsFromPoint(point.x, point.y)[0] === host && button.contains(root.elementFromPoint(point.x, point.y));
}

export function createClickGuard(panel: HTMLElement, host: Element, onSettled: (settled: boolean) => void): ClickGuard {
  const root = panel.getRootNode() as ShadowRoot;
  let changedAt = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Unknown until the first report: a click before it does not count.
  let visible = !tracksVisibility();
  const settled = (): boolean => visible && performance.now() - changedAt >= SETTLE_MS;
  const report = (): void => onSettled(settled());
  const observer = tracksVisibility()
    ? new IntersectionObserver(
        (entries) => {
          const last = entries.at(-1) as VisibilityEntry | undefined;
          if (last !== undefined) visible = last.isVisible;
          report();
        },
        { trackVisibility: true, delay: 100 } satisfies VisibilityInit as IntersectionObserverInit,
      )
    : null;
  observer?.observe(panel);

  const changed = (): void => {
    changedAt = performance.now();
    clearTimeout(timer);
    timer = setTimeout(report, SETTLE_MS);
    report();
  };

  const refusal = (event: MouseEvent, button: Element): Refusal | null => {
    // Enter or Space on a focused button (detail 0): the page cannot put focus inside our closed
    // shadow root, so the staff member is working in the panel itself.
    if (event.detail === 0) return null;
    if (performance.now() - changedAt < SETTLE_MS) return 'too-soon';
    const box = button.getBoundingClientRect();
    const centre = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    const clear = visible && drawnAsIs(button) && hitsOnlyUs(host, root, button, { x: event.clientX, y: event.clientY }) && hitsOnlyUs(host, root, button, centre);
    return clear ? null : 'covered';
  };

  changed();
  return {
    changed,
    refusal,
    disconnect() {
      clearTimeout(timer);
      observer?.disconnect();
    },
  };
}

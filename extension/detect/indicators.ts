// Where the platform draws its own recording indicator or banner right now, in the top page's
// viewport: the reminder panel keeps off these boxes (Meet can remove a participant whose
// recording banner is covered).
import type { PlatformAdapter } from '../platforms/types.ts';
import { callFrames, frameOffset } from './frames.ts';
import { CueReader } from './hints.ts';
import { activeHints } from './read-signals.ts';

/**
 * The boxes of the visible elements (laid out, not hidden, not transparent) that match the adapter's `indicator` hints or one of its
 * recording cues, in top-frame viewport coordinates (the offsets of same-origin iframes added).
 */
export function indicatorBoxes(adapter: PlatformAdapter, root: Document = document): DOMRect[] {
  const reader = new CueReader(callFrames(root));
  const { hints } = activeHints(adapter, reader);
  const seen = new Set<Element>();
  const boxes: DOMRect[] = [];
  for (const hint of [...hints.indicator, ...hints.recording]) {
    for (const { element, frame } of reader.matchingElements(hint)) {
      if (seen.has(element)) continue;
      seen.add(element);
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || !element.checkVisibility({ checkVisibilityCSS: true, checkOpacity: true })) continue;
      const { x, y } = frameOffset(frame);
      boxes.push(new DOMRect(rect.x + x, rect.y + y, rect.width, rect.height));
    }
  }
  return boxes;
}

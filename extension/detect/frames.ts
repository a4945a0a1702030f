// The documents a meeting can live in: the top page and its same-origin iframes (Zoom's PWA runs
// the meeting in iframe#webclient, Webex in #unified-webclient-iframe). Read from the top frame, so
// one content script owns the state and draws the reminder where staff see it.

export interface CallFrame {
  doc: Document;
  /** The iframe element that holds this document in its parent frame; null for the top page. */
  element: HTMLIFrameElement | null;
  parent: CallFrame | null;
}

// Bounded: a page with many iframes (ads, widgets) must not make each check expensive.
const MAX_DEPTH = 3;
const MAX_FRAMES = 12;

// The iframes that verifiably host meetings are read before any other, so the bound never skips them.
const MEETING_IFRAMES = 'iframe#webclient, iframe.pwa-webclient__iframe, iframe#unified-webclient-iframe, iframe[name="thinIframe"]';

function sameOriginDocument(iframe: HTMLIFrameElement): Document | null {
  try {
    // null for a cross-origin frame in Chromium and Firefox; some engines throw instead.
    return iframe.contentDocument;
  } catch {
    return null;
  }
}

function iframesOf(doc: Document): HTMLIFrameElement[] {
  const meeting = [...doc.querySelectorAll<HTMLIFrameElement>(MEETING_IFRAMES)];
  const others = [...doc.querySelectorAll<HTMLIFrameElement>('iframe')].filter((iframe) => !meeting.includes(iframe));
  return [...meeting, ...others];
}

export function callFrames(top: Document): CallFrame[] {
  const frames: CallFrame[] = [{ doc: top, element: null, parent: null }];
  let level: CallFrame[] = frames.slice();
  for (let depth = 1; depth <= MAX_DEPTH && level.length > 0; depth++) {
    const next: CallFrame[] = [];
    for (const parent of level) {
      for (const element of iframesOf(parent.doc)) {
        if (frames.length >= MAX_FRAMES) return frames;
        const doc = sameOriginDocument(element);
        if (doc === null) continue;
        const frame = { doc, element, parent };
        frames.push(frame);
        next.push(frame);
      }
    }
    level = next;
  }
  return frames;
}

/** Where a frame's viewport starts in the top page's viewport (borders and padding of each iframe included). */
export function frameOffset(frame: CallFrame): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let current: CallFrame | null = frame; current !== null && current.element !== null; current = current.parent) {
    const { element } = current;
    const rect = element.getBoundingClientRect();
    const style = element.ownerDocument.defaultView?.getComputedStyle(element);
    x += rect.left + element.clientLeft + parseFloat(style?.paddingLeft ?? '0');
    y += rect.top + element.clientTop + parseFloat(style?.paddingTop ?? '0');
  }
  return { x, y };
}

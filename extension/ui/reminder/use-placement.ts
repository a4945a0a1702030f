// Keeps the panel placed (see placement.ts): after every render, when the window is resized, and
// once a second, because a platform's banner can appear without anything changing in the panel.
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { place, type Box, type Placement, type Point, type Size } from './placement.ts';

const RECHECK_MS = 1000;
/** The pill's width; styles.ts draws `.panel.pill` this wide. */
export const PILL_WIDTH = 240;

const same = (a: Placement | null, b: Placement): boolean => a !== null && a.x === b.x && a.y === b.y && a.pill === b.pill;

/** Null until the panel has been measured once: until then it is drawn hidden. */
export function usePlacement(panel: RefObject<HTMLElement | null>, preferred: Point | null, indicatorBoxes: () => readonly Box[]): Placement | null {
  const [placement, setPlacement] = useState<Placement | null>(null);
  // The open panel's size, kept while it is a pill (a pill cannot be measured open).
  const openSize = useRef<Size | null>(null);
  const relayout = useRef<() => void>(() => undefined);

  relayout.current = () => {
    const element = panel.current;
    if (element === null) return;
    if (placement?.pill !== true) openSize.current = { width: element.offsetWidth, height: element.offsetHeight };
    const bar = element.firstElementChild as HTMLElement | null;
    const next = place({
      viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
      panel: openSize.current ?? { width: element.offsetWidth, height: element.offsetHeight },
      pill: { width: PILL_WIDTH, height: bar?.offsetHeight ?? element.offsetHeight },
      preferred,
      indicators: indicatorBoxes(),
    });
    if (!same(placement, next)) setPlacement(next);
  };

  useLayoutEffect(() => relayout.current());

  useEffect(() => {
    const recheck = () => relayout.current();
    const timer = setInterval(recheck, RECHECK_MS);
    window.addEventListener('resize', recheck);
    return () => {
      clearInterval(timer);
      window.removeEventListener('resize', recheck);
    };
  }, []);

  return placement;
}

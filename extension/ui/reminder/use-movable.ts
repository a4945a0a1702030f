// Moving the reminder by dragging its handle or with the arrow keys on it (Shift for larger steps).
// The result is only a wish: the placement keeps the panel inside the viewport and off the
// platform's recording indicators.
import { useRef, useState } from 'preact/hooks';
import type { Point } from './placement.ts';

const STEP = 16;
const BIG_STEP = 64;

const KEY_DIRECTIONS: Readonly<Record<string, Point>> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

/** `current` is where the panel is drawn now (its top-left). */
export function useMovable(current: () => Point) {
  const [preferred, setPreferred] = useState<Point | null>(null);
  const drag = useRef<{ startX: number; startY: number; from: Point } | null>(null);

  const onPointerDown = (event: PointerEvent) => {
    drag.current = { startX: event.clientX, startY: event.clientY, from: current() };
    (event.currentTarget as Element).setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent) => {
    const start = drag.current;
    if (start === null) return;
    setPreferred({ x: start.from.x + event.clientX - start.startX, y: start.from.y + event.clientY - start.startY });
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const direction = KEY_DIRECTIONS[event.key];
    if (direction === undefined) return;
    event.preventDefault();
    const step = event.shiftKey ? BIG_STEP : STEP;
    const from = current();
    setPreferred({ x: from.x + direction.x * step, y: from.y + direction.y * step });
  };
  return { preferred, handleProps: { onPointerDown, onPointerMove, onPointerUp, onKeyDown } };
}

// Moving the reminder by dragging its handle or with the arrow keys on it (Shift for larger steps),
// kept inside the viewport.
import { useRef, useState } from 'preact/hooks';

export interface Offset {
  x: number;
  y: number;
}

const STEP = 16;
const BIG_STEP = 64;

const KEY_DIRECTIONS: Readonly<Record<string, Offset>> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

function clamp(offset: Offset): Offset {
  const limitX = Math.max(0, window.innerWidth - 120);
  const limitY = Math.max(0, window.innerHeight - 120);
  return { x: Math.min(Math.max(offset.x, -16), limitX), y: Math.min(Math.max(offset.y, -72), limitY) };
}

export function useMovable() {
  const [offset, setOffset] = useState<Offset>({ x: 0, y: 0 });
  const drag = useRef<{ startX: number; startY: number; from: Offset } | null>(null);

  const onPointerDown = (event: PointerEvent) => {
    drag.current = { startX: event.clientX, startY: event.clientY, from: offset };
    (event.currentTarget as Element).setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent) => {
    const start = drag.current;
    if (start === null) return;
    setOffset(clamp({ x: start.from.x + event.clientX - start.startX, y: start.from.y + event.clientY - start.startY }));
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const direction = KEY_DIRECTIONS[event.key];
    if (direction === undefined) return;
    event.preventDefault();
    const step = event.shiftKey ? BIG_STEP : STEP;
    setOffset((current) => clamp({ x: current.x + direction.x * step, y: current.y + direction.y * step }));
  };
  return { offset, handleProps: { onPointerDown, onPointerMove, onPointerUp, onKeyDown } };
}

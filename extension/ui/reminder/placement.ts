// Where the reminder panel goes: never over the platform's own recording banner or indicator.
// Pure, so every case is unit tested. Meet can remove a participant whose recording banner is not
// visible, and Meet's banner sits at the very top and Zoom's indicator top-left; the platforms' own
// control bars run along the bottom edge (about 56–80 px high). So the panel's default spot is
// bottom-left, just above that bar. When an indicator's box meets the panel where the staff member
// moved it, the panel slides just past the indicator; otherwise it tries the other spots, then
// shrinks to a small pill.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface PlacementInput {
  viewport: Size;
  /** The panel's size when open, and when shrunk to a pill. */
  panel: Size;
  pill: Size;
  /** Where the staff member moved the panel (its top-left), if they did. */
  preferred: Point | null;
  /** The platform's recording indicators and banners, in viewport coordinates. */
  indicators: readonly Box[];
}

export interface Placement extends Point {
  pill: boolean;
}

/** Distance from the viewport's edges; the bottom one clears the platforms' control bars. */
export const EDGE = 16;
export const BOTTOM_CLEARANCE = 96;
/** Space kept free around an indicator, so its edge (and a focus ring) stays visible too. */
const MARGIN = 8;

export function overlapArea(a: Box, b: Box, margin = 0): number {
  const width = Math.min(a.left + a.width, b.left + b.width + margin) - Math.max(a.left, b.left - margin);
  const height = Math.min(a.top + a.height, b.top + b.height + margin) - Math.max(a.top, b.top - margin);
  return width > 0 && height > 0 ? width * height : 0;
}

function clampInto(viewport: Size, size: Size, point: Point): Point {
  return {
    x: Math.round(Math.min(Math.max(point.x, 0), Math.max(0, viewport.width - size.width))),
    y: Math.round(Math.min(Math.max(point.y, 0), Math.max(0, viewport.height - size.height))),
  };
}

/** The spots to try, best first: bottom-left, bottom-right, the middle of each side, the top corners. */
function spots(viewport: Size, size: Size): Point[] {
  const right = viewport.width - EDGE - size.width;
  const bottom = viewport.height - BOTTOM_CLEARANCE - size.height;
  const middle = (viewport.height - size.height) / 2;
  const top = EDGE;
  return [
    { x: EDGE, y: bottom },
    { x: right, y: bottom },
    { x: EDGE, y: middle },
    { x: right, y: middle },
    { x: right, y: top },
    { x: EDGE, y: top },
  ];
}

/** Where the staff member's spot slides to, just below or above each indicator in its way. */
function slides(indicators: readonly Box[], size: Size, point: Point): Point[] {
  return indicators.flatMap((box) => [
    { x: point.x, y: box.top + box.height + MARGIN },
    { x: point.x, y: box.top - MARGIN - size.height },
  ]);
}

function covered(indicators: readonly Box[], size: Size, point: Point): number {
  const box = { left: point.x, top: point.y, width: size.width, height: size.height };
  return indicators.reduce((sum, indicator) => sum + overlapArea(box, indicator, MARGIN), 0);
}

export function place({ viewport, panel, pill, preferred, indicators }: PlacementInput): Placement {
  for (const [size, isPill] of [
    [panel, false],
    [pill, true],
  ] as const) {
    const wished = preferred === null ? [] : [preferred, ...slides(indicators, size, preferred)];
    const candidates = [...wished, ...spots(viewport, size)].map((point) => clampInto(viewport, size, point));
    const free = candidates.find((point) => covered(indicators, size, point) === 0);
    if (free !== undefined) return { ...free, pill: isPill };
  }
  // Indicators everywhere: the pill where it hides the least of them.
  const candidates = spots(viewport, pill).map((point) => clampInto(viewport, pill, point));
  const least = candidates.reduce((best, point) => (covered(indicators, pill, point) < covered(indicators, pill, best) ? point : best));
  return { ...least, pill: true };
}

import { describe, expect, test } from 'vitest';
import { BOTTOM_CLEARANCE, EDGE, overlapArea, place, type Box, type PlacementInput } from '../../../extension/ui/reminder/placement.ts';

const viewport = { width: 1280, height: 720 };
const panel = { width: 340, height: 400 };
const pill = { width: 220, height: 38 };
const base: PlacementInput = { viewport, panel, pill, preferred: null, indicators: [] };
const bottomLeft = { x: EDGE, y: viewport.height - BOTTOM_CLEARANCE - panel.height, pill: false };

const boxAt = (placement: { x: number; y: number; pill: boolean }): Box => ({
  left: placement.x,
  top: placement.y,
  ...(placement.pill ? pill : panel),
});

describe('reminder placement', () => {
  test('by default bottom-left, above the platforms’ control bars, away from top banners and Zoom’s top-left indicator', () => {
    expect(place(base)).toEqual(bottomLeft);
  });

  test('where the staff member moved it, kept inside the viewport', () => {
    expect(place({ ...base, preferred: { x: 600, y: 100 } })).toEqual({ x: 600, y: 100, pill: false });
    expect(place({ ...base, preferred: { x: 2000, y: -50 } })).toEqual({ x: viewport.width - panel.width, y: 0, pill: false });
  });

  test('moved off a banner across the top (Meet) or an indicator top-left (Zoom), even from where staff put it', () => {
    const meetBanner = { left: 0, top: 0, width: viewport.width, height: 56 };
    // Staff moved it up onto the banner: it stops just below.
    expect(place({ ...base, preferred: { x: 16, y: 20 }, indicators: [meetBanner] })).toEqual({ x: 16, y: 56 + 8, pill: false });
    const zoomIndicator = { left: 8, top: 8, width: 160, height: 32 };
    const fromZoom = place({ ...base, preferred: { x: 0, y: 0 }, indicators: [zoomIndicator] });
    expect(overlapArea(boxAt(fromZoom), zoomIndicator, 8)).toBe(0);
    expect(fromZoom.pill).toBe(false);
  });

  test('where neither side of an indicator is free, the next spot is taken', () => {
    const tall = { left: 0, top: 0, width: 400, height: viewport.height };
    expect(place({ ...base, preferred: { x: 16, y: 100 }, indicators: [tall] })).toEqual({ x: viewport.width - EDGE - panel.width, y: bottomLeft.y, pill: false });
  });

  test('an indicator bottom-left sends the panel bottom-right', () => {
    const indicator = { left: 0, top: 500, width: 400, height: 40 };
    expect(place({ ...base, indicators: [indicator] })).toEqual({ x: viewport.width - EDGE - panel.width, y: bottomLeft.y, pill: false });
  });

  test('a few pixels of gap are not enough: the panel keeps 8 px from an indicator', () => {
    const justAbove = { left: 0, top: bottomLeft.y - 44, width: 300, height: 40 };
    expect(place({ ...base, indicators: [justAbove] }).x).not.toBe(EDGE);
    const wellAbove = { left: 0, top: bottomLeft.y - 60, width: 300, height: 40 };
    expect(place({ ...base, indicators: [wellAbove] })).toEqual(bottomLeft);
  });

  test('with no free spot for the open panel, it shrinks to a pill that covers nothing', () => {
    // Two wide bands leave only a strip too low for the open panel.
    const indicators = [
      { left: 0, top: 0, width: viewport.width, height: 330 },
      { left: 0, top: 400, width: viewport.width, height: 320 },
    ];
    const placed = place({ ...base, indicators });
    expect(placed.pill).toBe(true);
    for (const indicator of indicators) expect(overlapArea(boxAt(placed), indicator)).toBe(0);
  });

  test('with indicators everywhere, the pill goes where it covers the least', () => {
    const indicators = [
      { left: 0, top: 0, width: viewport.width, height: viewport.height },
      { left: 0, top: 0, width: viewport.width / 2, height: viewport.height },
    ];
    const placed = place({ ...base, indicators });
    expect(placed.pill).toBe(true);
    expect(placed.x).toBeGreaterThan(viewport.width / 2);
  });
});

// Where the timeline's parts go, in the SVG's units: the original's bar above, the copy's below,
// each bar one lane per track (or one lane for a recording with one track), the label rows under
// each bar, and the room above each bar for its name and its length. Data only.
import type { Bar, Lane } from './timeline-segments.ts';

export const WIDTH = 800;
export const LEFT = 90;
export const BAR_WIDTH = WIDTH - LEFT - 20;
export const ROW_HEIGHT = 15;
const TOP = 24;
/** One lane's bar is as tall as before lanes were drawn; several share the room in thinner lanes. */
const BAR_HEIGHT = 34;
const LANE_HEIGHT = 22;
const LANE_GAP = 4;
/** Room above the copy's bar for its name and length tick. */
const TICK_SPACE = 30;

export interface TimelineLayout {
  /** Top of each bar's first lane. */
  barY: Record<Bar, number>;
  /** Height of each bar, every lane and gap. */
  barHeight: number;
  laneHeight: number;
  /** Top of a lane, by its index, in a bar. */
  laneY(bar: Bar, index: number): number;
  /** Top of a bar's label rows. */
  rowsY: Record<Bar, number>;
  height: number;
}

export function timelineLayout(lanes: readonly Lane[], rows: Record<Bar, number>): TimelineLayout {
  const laneHeight = lanes.length > 1 ? LANE_HEIGHT : BAR_HEIGHT;
  const barHeight = lanes.length * laneHeight + (lanes.length - 1) * LANE_GAP;
  const barY: Record<Bar, number> = { original: TOP, copy: TOP + barHeight + rows.original * ROW_HEIGHT + TICK_SPACE };
  return {
    barY,
    barHeight,
    laneHeight,
    laneY: (bar, index) => barY[bar] + index * (laneHeight + LANE_GAP),
    rowsY: { original: barY.original + barHeight, copy: barY.copy + barHeight },
    height: barY.copy + barHeight + rows.copy * ROW_HEIGHT + 10,
  };
}

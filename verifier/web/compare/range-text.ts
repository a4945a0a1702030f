// Ranges and lengths of the report as the page shows them: mm:ss.s for seconds, grouped digits
// for bytes (the formats of shared/report, so page and CLI agree).
import type { Range, Unit } from '../../../shared/compare/report.ts';
import { formatCount, formatDuration, formatTime } from '../../../shared/report/format-values.ts';
import type { Lang } from '../../../shared/report/lang.ts';

export function rangeText([start, end]: Range, unit: Unit, lang: Lang): string {
  return unit === 'seconds' ? `${formatTime(start)}–${formatTime(end)}` : `${formatCount(start, lang)}–${formatCount(end, lang)}`;
}

export function lengthText([start, end]: Range, unit: Unit, lang: Lang): string {
  return unit === 'seconds' ? formatDuration(end - start, lang) : `${formatCount(end - start, lang)} bytes`;
}

export function extentText(extent: number, unit: Unit, lang: Lang): string {
  return unit === 'seconds' ? formatTime(extent) : `${formatCount(extent, lang)} bytes`;
}

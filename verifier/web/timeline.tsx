// The timeline picture: the original above, the copy below, edits in colour with their start and
// end times, and a band joining the two places of a moved or replaced part. Labels of edits close
// together go in rows below their bar (placeLabels), and the picture grows to hold them. A line on
// the copy's bar marks each join where a stretch was removed.
import type { CompareReport, EditKind } from '../../shared/compare/report.ts';
import { copyJoins } from '../../shared/case/edit-windows.ts';
import type { Lang } from '../../shared/report/lang.ts';
import type { PageMessages } from './messages.ts';
import { extentText, rangeText } from './range-text.ts';
import { extentOf, placeLabels, segmentsOf, type Bar, type LabelPlace, type Segment } from './timeline-segments.ts';

const WIDTH = 800;
const LEFT = 90;
const BAR_WIDTH = WIDTH - LEFT - 20;
const BAR_HEIGHT = 34;
const TOP = 24;
const ROW_HEIGHT = 15;
/** Room above the copy's bar for its length tick. */
const TICK_SPACE = 30;

export const KIND_COLOURS: Record<EditKind | 'kept', string> = {
  kept: '#c9ced6',
  removed: '#c62828',
  inserted: '#2e7d32',
  replaced: '#ef6c00',
  moved: '#1565c0',
};

export function Timeline({ report, t, lang }: { report: CompareReport; t: PageMessages; lang: Lang }) {
  const segments = segmentsOf(report);
  const extent: Record<Bar, number> = {
    original: extentOf(report.original, report.unit, segments, 'original'),
    copy: extentOf(report.copy, report.unit, segments, 'copy'),
  };
  const scale = Math.max(extent.original, extent.copy, Number.MIN_VALUE);
  const x = (value: number): number => LEFT + (value / scale) * BAR_WIDTH;
  const labelOf = (s: Segment): string => `${s.edit + 1}: ${rangeText(s.range, report.unit, lang)}`;
  const places = new Map<Segment, LabelPlace>();
  const rows: Record<Bar, number> = { original: 1, copy: 1 };
  for (const bar of ['original', 'copy'] as const) {
    const own = segments.filter((s) => s.bar === bar);
    placeLabels(own.map((s) => ({ left: x(s.range[0]), text: labelOf(s) })), WIDTH).forEach((place, i) => {
      places.set(own[i]!, place);
      rows[bar] = Math.max(rows[bar], place.row + 1);
    });
  }
  const barY: Record<Bar, number> = { original: TOP, copy: TOP + BAR_HEIGHT + rows.original * ROW_HEIGHT + TICK_SPACE };
  const height = barY.copy + BAR_HEIGHT + rows.copy * ROW_HEIGHT + 10;
  const label = t.timelineLabel(extentText(extent.original, report.unit, lang), extentText(extent.copy, report.unit, lang));
  const links = segments.filter((s) => s.bar === 'original' && (s.kind === 'moved' || s.kind === 'replaced'));
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="timeline-title" data-testid="timeline">
        <title id="timeline-title">{label}</title>
        {links.map((s) => {
          const other = segments.find((c) => c.bar === 'copy' && c.edit === s.edit)!;
          const top = barY.original + BAR_HEIGHT;
          const bottom = barY.copy;
          const points = `${x(s.range[0])},${top} ${x(s.range[1])},${top} ${x(other.range[1])},${bottom} ${x(other.range[0])},${bottom}`;
          return <polygon key={`link-${s.edit}`} points={points} fill={KIND_COLOURS[s.kind]} opacity="0.25" />;
        })}
        {(['original', 'copy'] as const).map((bar) => (
          <g key={bar} data-bar={bar}>
            <text x={0} y={barY[bar] + BAR_HEIGHT / 2 + 5} class="bar-label">
              {bar === 'original' ? t.original : t.copyLabel}
            </text>
            <rect x={LEFT} y={barY[bar]} width={x(extent[bar]) - LEFT} height={BAR_HEIGHT} fill={KIND_COLOURS.kept} />
            <text x={x(extent[bar])} y={barY[bar] - 6} text-anchor="end" class="tick">
              {extentText(extent[bar], report.unit, lang)}
            </text>
            {segments.filter((s) => s.bar === bar).map((s) => (
              <SegmentRect key={`${bar}-${s.edit}`} segment={s} x={x} y={barY[bar]} place={places.get(s)!} text={labelOf(s)} report={report} t={t} lang={lang} />
            ))}
            {bar === 'copy' &&
              copyJoins(report).map((at) => <line key={`join-${at}`} x1={x(at)} x2={x(at)} y1={barY.copy - 4} y2={barY.copy + BAR_HEIGHT + 4} class="join" data-testid="copy-join" data-at={at} />)}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul class="legend">
          {(['kept', 'removed', 'inserted', 'replaced', 'moved'] as const).map((kind) => (
            <li key={kind}>
              <span class="swatch" style={{ background: KIND_COLOURS[kind] }} aria-hidden="true" /> {t.kind[kind]}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

interface SegmentProps {
  segment: Segment;
  x: (value: number) => number;
  y: number;
  place: LabelPlace;
  text: string;
  report: CompareReport;
  t: PageMessages;
  lang: Lang;
}

function SegmentRect({ segment, x, y, place, text, report, t, lang }: SegmentProps) {
  const [start, end] = segment.range;
  const left = x(start);
  // A very short edit still gets a visible sliver.
  const width = Math.max(2, x(end) - left);
  return (
    <g data-kind={segment.kind} data-start={start} data-end={end} data-edit={segment.edit + 1}>
      <rect x={left} y={y} width={width} height={BAR_HEIGHT} fill={KIND_COLOURS[segment.kind]}>
        <title>{`${t.kind[segment.kind]}: ${rangeText(segment.range, report.unit, lang)}`}</title>
      </rect>
      <text x={place.x} y={y + BAR_HEIGHT + 14 + place.row * ROW_HEIGHT} class="tick" data-row={place.row}>
        {text}
      </text>
    </g>
  );
}

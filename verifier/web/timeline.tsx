// The timeline picture: the original above, the copy below, edits in colour with their start and
// end times, and a band joining the two places of a moved or replaced part.
import type { CompareReport, EditKind } from '../../shared/compare/report.ts';
import type { Lang } from '../../shared/report/lang.ts';
import type { PageMessages } from './messages.ts';
import { extentText, rangeText } from './range-text.ts';
import { extentOf, segmentsOf, type Bar, type Segment } from './timeline-segments.ts';

const WIDTH = 800;
const LEFT = 90;
const BAR_WIDTH = WIDTH - LEFT - 20;
const BAR_HEIGHT = 34;
const BAR_Y: Record<Bar, number> = { original: 24, copy: 124 };

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
  const label = t.timelineLabel(extentText(extent.original, report.unit, lang), extentText(extent.copy, report.unit, lang));
  const links = segments.filter((s) => s.bar === 'original' && (s.kind === 'moved' || s.kind === 'replaced'));
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${WIDTH} 200`} role="img" aria-labelledby="timeline-title" data-testid="timeline">
        <title id="timeline-title">{label}</title>
        {links.map((s) => {
          const other = segments.find((c) => c.bar === 'copy' && c.edit === s.edit)!;
          const top = BAR_Y.original + BAR_HEIGHT;
          const bottom = BAR_Y.copy;
          const points = `${x(s.range[0])},${top} ${x(s.range[1])},${top} ${x(other.range[1])},${bottom} ${x(other.range[0])},${bottom}`;
          return <polygon key={`link-${s.edit}`} points={points} fill={KIND_COLOURS[s.kind]} opacity="0.25" />;
        })}
        {(['original', 'copy'] as const).map((bar) => (
          <g key={bar} data-bar={bar}>
            <text x={0} y={BAR_Y[bar] + BAR_HEIGHT / 2 + 5} class="bar-label">
              {bar === 'original' ? t.original : t.copyLabel}
            </text>
            <rect x={LEFT} y={BAR_Y[bar]} width={x(extent[bar]) - LEFT} height={BAR_HEIGHT} fill={KIND_COLOURS.kept} />
            <text x={x(extent[bar])} y={BAR_Y[bar] - 6} text-anchor="end" class="tick">
              {extentText(extent[bar], report.unit, lang)}
            </text>
            {segments.filter((s) => s.bar === bar).map((s) => (
              <SegmentRect key={`${bar}-${s.edit}`} segment={s} x={x} report={report} t={t} lang={lang} />
            ))}
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
  report: CompareReport;
  t: PageMessages;
  lang: Lang;
}

function SegmentRect({ segment, x, report, t, lang }: SegmentProps) {
  const [start, end] = segment.range;
  const y = BAR_Y[segment.bar];
  const left = x(start);
  // A very short edit still gets a visible sliver.
  const width = Math.max(2, x(end) - left);
  const text = rangeText(segment.range, report.unit, lang);
  return (
    <g data-kind={segment.kind} data-start={start} data-end={end} data-edit={segment.edit + 1}>
      <rect x={left} y={y} width={width} height={BAR_HEIGHT} fill={KIND_COLOURS[segment.kind]}>
        <title>{`${t.kind[segment.kind]}: ${text}`}</title>
      </rect>
      <text x={left} y={y + BAR_HEIGHT + 14} class="tick">
        {`${segment.edit + 1}: ${text}`}
      </text>
    </g>
  );
}

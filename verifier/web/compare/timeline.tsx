// The timeline picture: the original above, the copy below, edits in colour with their start and
// end times, and a band joining the two places of a moved or replaced part. A recording with more
// than one track (a picture, further sound) gets a lane per track in each bar, named, each edit
// drawn in the lanes of the tracks it is in; a track not compared is drawn open and says so. Labels
// of edits close together go in rows below their bar (placeLabels), and the picture grows to hold
// them. A line across the copy's bar marks each join where a stretch was removed.
import type { CompareReport, EditKind } from '../../../shared/compare/report.ts';
import { copyJoins } from '../../../shared/case/edit-windows.ts';
import { COMPARE_MESSAGES } from '../../../shared/report/compare-messages.ts';
import type { Lang } from '../../../shared/report/lang.ts';
import { reportTracks, type ReportTrack } from '../../../shared/report/report-tracks.ts';
import { trackLineText, trackName } from '../../../shared/report/track-text.ts';
import { uncomparedText } from '../../../shared/report/uncompared-text.ts';
import type { PageMessages } from '../messages.ts';
import { extentText, rangeText } from './range-text.ts';
import { BAR_WIDTH, LEFT, ROW_HEIGHT, timelineLayout, WIDTH, type TimelineLayout } from './timeline-layout.ts';
import { extentOf, lanesOf, placeLabels, segmentsOf, type Bar, type Lane, type LabelPlace, type Segment } from './timeline-segments.ts';

export const KIND_COLOURS: Record<EditKind | 'kept', string> = {
  kept: '#c9ced6',
  removed: '#c62828',
  inserted: '#2e7d32',
  replaced: '#ef6c00',
  moved: '#1565c0',
};

export function Timeline({ report, t, lang }: { report: CompareReport; t: PageMessages; lang: Lang }) {
  const words = COMPARE_MESSAGES[lang];
  const lanes = lanesOf(report);
  const tracks = reportTracks(report);
  const uncompared = tracks.some((k) => k.basis === null);
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
  const layout = timelineLayout(lanes, rows);
  const { barY, barHeight } = layout;
  const label = t.timelineLabel(extentText(extent.original, report.unit, lang), extentText(extent.copy, report.unit, lang));
  const links = segments.filter((s) => s.bar === 'original' && (s.kind === 'moved' || s.kind === 'replaced'));
  // With lanes, the bar's name goes above its lanes, beside its length; the lanes carry the tracks' names.
  const nameY = (bar: Bar): number => (lanes.length > 1 ? barY[bar] - 6 : barY[bar] + barHeight / 2 + 5);
  return (
    <figure class="timeline">
      <svg
        viewBox={`0 0 ${WIDTH} ${layout.height}`}
        role="img"
        aria-labelledby="timeline-title"
        aria-describedby={tracks.length > 0 ? 'timeline-desc' : undefined}
        data-testid="timeline"
      >
        <title id="timeline-title">{label}</title>
        {tracks.length > 0 && <desc id="timeline-desc">{`${words.tracksTitle} ${tracks.map((k) => trackLineText(k, lang)).join('; ')}.`}</desc>}
        {links.map((s) => {
          const other = segments.find((c) => c.bar === 'copy' && c.edit === s.edit)!;
          const top = barY.original + barHeight;
          const bottom = barY.copy;
          const points = `${x(s.range[0])},${top} ${x(s.range[1])},${top} ${x(other.range[1])},${bottom} ${x(other.range[0])},${bottom}`;
          return <polygon key={`link-${s.edit}`} points={points} fill={KIND_COLOURS[s.kind]} opacity="0.25" />;
        })}
        {(['original', 'copy'] as const).map((bar) => (
          <g key={bar} data-bar={bar} data-extent={extent[bar]}>
            <text x={0} y={nameY(bar)} class={lanes.length > 1 ? 'bar-label bar-heading' : 'bar-label'}>
              {bar === 'original' ? t.original : t.copyLabel}
            </text>
            <text x={x(extent[bar])} y={barY[bar] - 6} text-anchor="end" class="tick">
              {extentText(extent[bar], report.unit, lang)}
            </text>
            {lanes.map((lane, i) => (
              <LaneRect key={lane ?? ''} lane={lane} entry={tracks.find((k) => k.track === lane)} y={layout.laneY(bar, i)} height={layout.laneHeight} right={x(extent[bar])} lang={lang} />
            ))}
            {segments.filter((s) => s.bar === bar).map((s) => (
              <SegmentMarks key={`${bar}-${s.edit}`} segment={s} x={x} lanes={lanes} layout={layout} place={places.get(s)!} text={labelOf(s)} report={report} t={t} lang={lang} />
            ))}
            {bar === 'copy' &&
              copyJoins(report).map((at) => <line key={`join-${at}`} x1={x(at)} x2={x(at)} y1={barY.copy - 4} y2={barY.copy + barHeight + 4} class="join" data-testid="copy-join" data-at={at} />)}
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
          {uncompared && (
            <li>
              <span class="swatch swatch-uncompared" aria-hidden="true" /> {words.trackNotCompared}
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  );
}

interface LaneProps {
  lane: Lane;
  /** The lane's track; absent for the one lane of a recording with one track. */
  entry: ReportTrack | undefined;
  y: number;
  height: number;
  right: number;
  lang: Lang;
}

/** A track's lane; one that could not be compared is drawn open, says so, and its tooltip says why. */
function LaneRect({ lane, entry, y, height, right, lang }: LaneProps) {
  const words = COMPARE_MESSAGES[lang];
  const compared = entry?.basis !== null;
  return (
    <g data-lane={lane ?? undefined}>
      <rect x={LEFT} y={y} width={right - LEFT} height={height} class={compared ? 'lane' : 'lane lane-uncompared'} fill={compared ? KIND_COLOURS.kept : 'none'}>
        {entry?.uncompared && <title>{uncomparedText(entry.uncompared, lang)}</title>}
      </rect>
      {lane !== null && (
        <text x={0} y={y + height / 2 + 4} class="lane-label">
          {trackName(lane, words)}
        </text>
      )}
      {!compared && (
        <text x={LEFT + 6} y={y + height / 2 + 4} class="lane-note">
          {words.trackNotCompared}
        </text>
      )}
    </g>
  );
}

interface SegmentProps {
  segment: Segment;
  x: (value: number) => number;
  lanes: readonly Lane[];
  layout: TimelineLayout;
  place: LabelPlace;
  text: string;
  report: CompareReport;
  t: PageMessages;
  lang: Lang;
}

/** An edit on one bar: a mark in each lane it is in, and its label once under the bar. */
function SegmentMarks({ segment, x, lanes, layout, place, text, report, t, lang }: SegmentProps) {
  const [start, end] = segment.range;
  const left = x(start);
  // A very short edit still gets a visible sliver.
  const width = Math.max(2, x(end) - left);
  const where = rangeText(segment.range, report.unit, lang);
  return (
    <g data-kind={segment.kind} data-start={start} data-end={end} data-edit={segment.edit + 1}>
      {segment.lanes.map((lane) => (
        <rect key={lane ?? ''} x={left} y={layout.laneY(segment.bar, lanes.indexOf(lane))} width={width} height={layout.laneHeight} fill={KIND_COLOURS[segment.kind]} data-track={lane ?? undefined}>
          <title>{`${t.kind[segment.kind]}${lane === null ? '' : ` (${trackName(lane, COMPARE_MESSAGES[lang])})`}: ${where}`}</title>
        </rect>
      ))}
      <text x={place.x} y={layout.rowsY[segment.bar] + 14 + place.row * ROW_HEIGHT} class="tick" data-row={place.row}>
        {text}
      </text>
    </g>
  );
}

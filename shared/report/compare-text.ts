// The comparison report as text for the terminal or a complaint file, in Dutch or English. Made
// from the typed report only; the HTML version is made from the same data elsewhere.
import type { CompareReport, Edit, FileSummary, Range, Unit } from '../compare/report.ts';
import { shortCode } from '../fingerprint/short-code.ts';
import { basisLineText } from './basis-text.ts';
import { COMPARE_MESSAGES, type CompareMessages } from './compare-messages.ts';
import { editBasisText, layerFindingsText, skippedTexts } from './provenance-text.ts';
import { formatCount, formatDuration, formatTime } from './format-values.ts';
import type { Lang } from './lang.ts';
import { reportTracks } from './report-tracks.ts';
import { editTracksText, trackLineText } from './track-text.ts';
import { uncomparedText } from './uncompared-text.ts';

export function compareReportText(report: CompareReport, lang: Lang): string {
  const t = COMPARE_MESSAGES[lang];
  const uncompared = report.uncompared ?? [];
  const lines = [
    report.verdict === 'same-content' && uncompared.length > 0 ? t.sameButUncompared : t.verdict[report.verdict],
    basisLineText(report, lang),
    '',
    fileLine(t.original, report.original, t, lang),
    fileLine(t.copy, report.copy, t, lang),
  ];
  const layers = layerFindingsText(report, lang);
  if (layers) lines.splice(2, 0, layers);
  if (uncompared.length > 0) lines.push('', ...uncompared.map((u) => uncomparedText(u, lang)));
  const tracks = reportTracks(report);
  if (tracks.length > 0) lines.push('', t.tracksTitle, ...tracks.map((k) => `  ${trackLineText(k, lang)}`));
  const skipped = skippedTexts(report, lang);
  if (skipped.length > 0) lines.push('', ...skipped);
  if (report.edits.length > 0) {
    lines.push('', t.edits(report.edits.length, report.unit));
    report.edits.forEach((e, i) => {
      const basis = editBasisText(e, report.unit, lang);
      const tracks = e.tracks ? editTracksText(e.tracks, t) : '';
      lines.push(`  ${i + 1}. ${editText(e, report.unit, t, lang)}${tracks}${basis ? ` [${basis}]` : ''}`);
    });
    // Exact ranges (to the byte or the sample) need no note; chunk-level ones do.
    if (report.resolution !== undefined && report.resolution >= (report.unit === 'seconds' ? 0.05 : 1)) {
      lines.push('', t.resolution(report.unit === 'seconds' ? formatDuration(report.resolution, lang) : `${formatCount(report.resolution, lang)} ${t.bytes}`));
    }
  }
  return `${lines.join('\n')}\n`;
}

function fileLine(label: string, f: FileSummary, t: CompareMessages, lang: Lang): string {
  const parts = [`${t.code} ${shortCode(f.sha256)} (${f.sha256})`, `${formatCount(f.bytes, lang)} ${t.bytes}`, f.container ?? t.unknownContainer];
  if (f.duration !== null) parts.push(`${t.duration} ${formatTime(f.duration)}`);
  return `${label}: ${parts.join(', ')}`;
}

function editText(e: Edit, unit: Unit, t: CompareMessages, lang: Lang): string {
  const range = ([s, end]: Range): string => (unit === 'seconds' ? `${formatTime(s)}–${formatTime(end)}` : `${formatCount(s, lang)}–${formatCount(end, lang)}`);
  const length = ([s, end]: Range): string => (unit === 'seconds' ? formatDuration(end - s, lang) : `${formatCount(end - s, lang)} ${t.bytes}`);
  switch (e.kind) {
    case 'removed':
      return t.removed(range(e.original), length(e.original));
    case 'inserted':
      return e.from ? t.insertedFrom(range(e.copy), length(e.copy), range(e.from)) : t.inserted(range(e.copy), length(e.copy));
    case 'replaced':
      return t.replaced(range(e.original), range(e.copy));
    case 'moved':
      return t.moved(range(e.original), range(e.copy));
  }
}

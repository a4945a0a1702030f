// On what findings rest, in words: per edit "sound, ± 0.3 s" or "bytes, exact", and per layer what
// it found on its own. Shared by the text report and the page.
import type { CompareReport, Edit, Unit } from '../compare/report.ts';
import { COMPARE_MESSAGES } from './compare-messages.ts';
import { formatCount, formatPrecision, formatTime } from './format-values.ts';
import type { Lang } from './lang.ts';

/** Below a sample at 8 kHz (0.125 ms) a place is exact; in bytes, below one byte. */
const EXACT_SECONDS = 1 / 8000;

export function editBasisText(edit: Edit, unit: Unit, lang: Lang): string | null {
  const t = COMPARE_MESSAGES[lang];
  if (edit.basis === undefined) return null;
  const r = edit.resolution;
  if (r === undefined) return t.restsOn[edit.basis];
  const exact = unit === 'seconds' ? r <= EXACT_SECONDS : r < 1;
  const precision = exact ? t.exact : `± ${unit === 'seconds' ? formatPrecision(r, lang) : `${formatCount(r, lang)} ${t.bytes}`}`;
  return `${t.restsOn[edit.basis]}, ${precision}`;
}

/** "Per layer: packets: edited; sound: edited.", when more than one layer was asked. */
export function layerFindingsText(report: CompareReport, lang: Lang): string | null {
  const t = COMPARE_MESSAGES[lang];
  if (!report.layers || report.layers.length < 2) return null;
  return t.layers(report.layers.map((l) => `${t.restsOn[l.basis]}: ${t.layerVerdict[l.verdict]}`).join('; '));
}

/** Warnings per side: another stream of sound found outside the played one, bytes the reader skipped, a file cut short or unreadable. */
export function skippedTexts(report: CompareReport, lang: Lang): string[] {
  const t = COMPARE_MESSAGES[lang];
  const sides = [
    [t.original, report.original],
    [t.copy, report.copy],
  ] as const;
  return sides.flatMap(([label, file]) => {
    const side = lang === 'nl' ? `de ${label.toLowerCase()}` : label;
    const lines = (file.hidden ?? []).map((h) => t.hidden(side, h.codec, formatCount(h.length, lang), formatCount(h.offset, lang)));
    if (file.skipped && file.skipped.length > 0) {
      const total = file.skipped.reduce((n, s) => n + s.length, 0);
      lines.push(t.skipped(side, formatCount(total, lang), formatCount(file.skipped[0]!.offset, lang)));
    }
    if (file.endsEarly) lines.push(t.endsEarly(side, formatTime(file.endsEarly.time), file.endsEarly.reason));
    if (file.packetProblem) lines.push(t.packetProblem(side, file.packetProblem));
    return lines;
  });
}

// The verdict's basis line: what the verdict rests on. For one sound track, the layer that decided
// ("de audiopakketten"); for more tracks, every compared track, grouped by what compared it, since
// the verdict covers each ("beeld: hoe het eruitziet; geluid en geluid 2: de pakketten").
import type { Basis, CompareReport } from '../compare/report.ts';
import { COMPARE_MESSAGES, type CompareMessages } from './compare-messages.ts';
import type { Lang } from './lang.ts';
import { reportTracks } from './report-tracks.ts';
import { trackName } from './track-text.ts';

/** "Vastgesteld aan de hand van: de pakketten van beeld, geluid en geluid 2." */
export function basisLineText(report: CompareReport, lang: Lang): string {
  const t = COMPARE_MESSAGES[lang];
  const groups = basisGroups(report);
  const names = (tracks: readonly string[]): string => listText(tracks.map((k) => trackName(k, t)), t);
  const restsOn =
    groups.length === 0
      ? t.basis[report.basis]
      : groups.length === 1
        ? t.basisOfTracks[groups[0]!.basis](names(groups[0]!.tracks))
        : groups.map((g) => `${names(g.tracks)}: ${t.trackBasis[g.basis]}`).join('; ');
  return `${t.decidedBy}: ${restsOn}.`;
}

/**
 * The compared tracks grouped by what compared them, in the timeline's order; none for one sound
 * track, and none for a report without `compared` (its tracks' bases are known only from edits).
 * Tracks not compared are left out: the verdict does not rest on them, and they are named apart.
 */
function basisGroups(report: CompareReport): { basis: Basis; tracks: string[] }[] {
  if (!report.compared) return [];
  const groups = new Map<Basis, string[]>();
  for (const { track, basis } of reportTracks(report)) {
    if (basis !== null) groups.set(basis, [...(groups.get(basis) ?? []), track]);
  }
  return [...groups].map(([basis, tracks]) => ({ basis, tracks }));
}

/** "beeld, geluid en geluid 2". */
function listText(names: readonly string[], t: CompareMessages): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ${t.and} ${names.at(-1)!}`;
}

// A report's tracks in words: a track's name ("beeld", "sound 2") and its line in the per-track list
// ("picture: compared by its packets; edit 1"). Shared by the text report and the page.
import { COMPARE_MESSAGES, type CompareMessages } from './compare-messages.ts';
import type { Lang } from './lang.ts';
import { inTrackOrder, type ReportTrack } from './report-tracks.ts';

/** "picture 2" in the report's language. */
export function trackName(label: string, t: CompareMessages): string {
  const [word, n] = label.split(' ');
  return `${word === 'picture' ? t.track.picture : t.track.sound}${n ? ` ${n}` : ''}`;
}

/** "(beeld, geluid)": the tracks an edit is in, in the timeline's order. */
export function editTracksText(tracks: readonly string[], t: CompareMessages): string {
  return ` (${inTrackOrder(tracks).map((k) => trackName(k, t)).join(', ')})`;
}

/** "beeld: vergeleken op de pakketten; wijziging 1", or "beeld: NIET vergeleken". */
export function trackLineText(entry: ReportTrack, lang: Lang): string {
  const t = COMPARE_MESSAGES[lang];
  const name = trackName(entry.track, t);
  // Why it was not is said once, in the warning above the list.
  if (entry.basis === null) return `${name}: ${t.trackNotCompared}`;
  return `${name}: ${t.comparedBy[entry.basis]}; ${t.trackEdits(entry.edits.map((i) => i + 1))}`;
}

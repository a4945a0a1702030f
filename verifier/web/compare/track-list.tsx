// Every track of the comparison, one line each: what compared it (packets, the sound, the picture's
// look) or that it was not compared, and the numbers of the edits in it. Nothing for one sound track.
import type { CompareReport } from '../../../shared/compare/report.ts';
import { COMPARE_MESSAGES } from '../../../shared/report/compare-messages.ts';
import type { Lang } from '../../../shared/report/lang.ts';
import { reportTracks } from '../../../shared/report/report-tracks.ts';
import { trackLineText } from '../../../shared/report/track-text.ts';

export function TrackList({ report, lang }: { report: CompareReport; lang: Lang }) {
  const tracks = reportTracks(report);
  if (tracks.length === 0) return null;
  return (
    <div class="track-list">
      <p id="tracks-title">
        <strong>{COMPARE_MESSAGES[lang].tracksTitle}</strong>
      </p>
      <ul aria-labelledby="tracks-title" data-testid="track-list">
        {tracks.map((k) => (
          <li key={k.track} data-track={k.track} data-basis={k.basis ?? 'none'}>
            {trackLineText(k, lang)}
          </li>
        ))}
      </ul>
    </div>
  );
}

// What the completion of one recording of a case is doing (case-side.ts): a bar per decoding
// (sound, picture, sound 2, …) with one stop button for them all, since stopping any one leaves the
// recording out of the case anyway; once stopped, that it is out of the case and a way back in;
// once done, which tracks were analysed and which could not be (the report names those).
import { useEffect } from 'preact/hooks';
import { COMPARE_MESSAGES } from '../../../shared/report/compare-messages.ts';
import type { Lang } from '../../../shared/report/lang.ts';
import { trackName } from '../../../shared/report/track-text.ts';
import type { DecodingJob } from './case-completion.ts';
import type { CaseMessages } from './case-messages.ts';
import type { CaseSide } from './case-side.ts';
import { ProgressBar } from '../widgets/progress-bar.tsx';

interface Props {
  caseSide: CaseSide;
  /** Which recording, for tests: "original", "copy-1", … */
  slot: string;
  /** The recording's file input, emptied when stopped: a browser reports choosing the same file again only as a change. */
  inputId: string;
  t: CaseMessages;
  lang: Lang;
}

/** "geluid, beeld en geluid 2". */
function tracksText(jobs: readonly DecodingJob[], lang: Lang): string {
  const t = COMPARE_MESSAGES[lang];
  const names = jobs.map((job) => trackName(job.track, t));
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ${t.and} ${names.at(-1)!}`;
}

export function CaseDecoding({ caseSide, slot, inputId, t, lang }: Props) {
  const { completion, side } = caseSide;
  const name = side.state.phase === 'ready' ? side.state.name : '';
  useEffect(() => {
    const input = document.getElementById(inputId);
    if (completion.phase === 'stopped' && input instanceof HTMLInputElement) input.value = '';
  }, [completion.phase]);
  switch (completion.phase) {
    case 'decoding':
      return (
        <div class="case-decoding" data-testid="case-decoding" data-slot={slot} data-state="running">
          <p role="status">{t.completing(name)}</p>
          {completion.jobs.map((job) => (
            <div key={job.track} data-testid="case-decoding-job" data-track={job.track} data-done={job.done} data-total={job.total} data-end={job.end}>
              <ProgressBar label={t.decodingOf(trackName(job.track, COMPARE_MESSAGES[lang]), name)} done={job.done} total={job.total} unit="seconds" lang={lang} />
            </div>
          ))}
          <button type="button" data-testid="case-decoding-stop" onClick={caseSide.stop}>
            {t.stopDecoding}
          </button>
        </div>
      );
    case 'stopped':
      return (
        <div class="case-decoding" data-testid="case-decoding" data-slot={slot} data-state="stopped">
          <p role="status">{t.decodingStopped(name)}</p>
          <button type="button" data-testid="case-decoding-retry" onClick={caseSide.retry}>
            {t.retryDecoding}
          </button>
        </div>
      );
    case 'complete': {
      const decoded = completion.jobs.filter((job) => job.end === 'decoded');
      const none = completion.jobs.filter((job) => job.end === 'none');
      if (completion.jobs.length === 0) return null;
      return (
        <div class="case-decoding" data-testid="case-decoding" data-slot={slot} data-state="complete">
          {decoded.length > 0 && <p class="ready">{t.completed(name, tracksText(decoded, lang))}</p>}
          {none.length > 0 && <p class="hint">{t.notDecoded(tracksText(none, lang))}</p>}
        </div>
      );
    }
    default:
      return null;
  }
}

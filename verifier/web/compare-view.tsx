// The complaints handler's view: the original (or its fingerprint file) and the questioned copy →
// progress → verdict banner → timeline → edit list → printable report. Layers as in the CLI:
// packets, bytes, then the sound (decoded only when the others cannot decide).
import { useEffect, useState } from 'preact/hooks';
import { byteLayer } from '../../shared/compare/byte-layer.ts';
import { compare } from '../../shared/compare/compare.ts';
import type { CompareReport } from '../../shared/compare/report.ts';
import { packetCompareLayer } from '../../shared/media/packet-compare-layer.ts';
import type { Lang } from '../../shared/report/lang.ts';
import { FilePicker } from './file-picker.tsx';
import { MAX_DECODE_SECONDS } from './audio-section.ts';
import { lazyAudioLayer } from './lazy-audio-layer.ts';
import type { PageMessages } from './messages.ts';
import { ReportView } from './report-view.tsx';
import { SideStatus } from './side-status.tsx';
import { useSide, type Side } from './use-side.ts';

type Outcome = { report: CompareReport; originalName: string; copyName: string } | { error: string } | 'comparing' | 'decoding' | null;

export function CompareView({ t, lang }: { t: PageMessages; lang: Lang }) {
  const original = useSide(true);
  const copy = useSide(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [tooLong, setTooLong] = useState(false);
  const a = original.state;
  const b = copy.state;

  // Compare as soon as both sides are ready; a new file on either side starts over.
  useEffect(() => {
    setOutcome(null);
    if (a.phase !== 'ready' || b.phase !== 'ready') return;
    let current = true;
    setOutcome('comparing');
    setTooLong(false);
    const audio = lazyAudioLayer([a.file, b.file], (outcomes) => {
      if (!current) return;
      if (outcomes === null) setOutcome('decoding');
      else setTooLong(outcomes.includes('too-long'));
    });
    compare(a.input, b.input, [packetCompareLayer, byteLayer, audio]).then(
      (report) => current && setOutcome({ report, originalName: a.name, copyName: b.name }),
      (e: unknown) => current && setOutcome({ error: `${b.name}: ${e instanceof Error ? e.message : String(e)}` }),
    );
    return () => {
      current = false;
    };
  }, [a, b]);

  return (
    <div class="view">
      <div class="pickers no-print">
        <SidePicker id="original-file" label={t.original} hint={t.originalHint} side={original} t={t} lang={lang} />
        <SidePicker id="copy-file" label={t.questioned} hint={t.questionedHint} side={copy} t={t} lang={lang} />
      </div>
      {outcome === 'comparing' && <p role="status">{t.comparing}</p>}
      {outcome === 'decoding' && <p role="status">{t.decodingAudio}</p>}
      {tooLong && <p class="hint">{t.audioTooLong(MAX_DECODE_SECONDS / 60)}</p>}
      {typeof outcome === 'object' && outcome && 'error' in outcome && (
        <p class="error" role="alert">
          {outcome.error}
        </p>
      )}
      {typeof outcome === 'object' && outcome && 'report' in outcome && (
        <ReportView
          report={outcome.report}
          originalName={outcome.originalName}
          copyName={outcome.copyName}
          originalFromFingerprint={a.phase === 'ready' && a.file === null}
          t={t}
          lang={lang}
        />
      )}
    </div>
  );
}

interface SidePickerProps {
  id: string;
  label: string;
  hint: string;
  side: Side;
  t: PageMessages;
  lang: Lang;
}

function SidePicker({ id, label, hint, side, t, lang }: SidePickerProps) {
  return (
    <div class="side">
      <FilePicker id={id} label={label} hint={hint} disabled={side.state.phase === 'working'} onFile={side.load} />
      <SideStatus side={side} t={t} lang={lang} />
      {side.state.phase === 'ready' && (
        <p class="ready" data-testid={`${id}-ready`}>
          ✓ {side.state.name}
          {side.state.file === null && ` (${t.fromFingerprint})`}
        </p>
      )}
    </div>
  );
}

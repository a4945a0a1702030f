// The complaints handler's view: the original (or its fingerprint file) and the questioned copy →
// progress → verdict banner → timeline → edit list → printable report. Layers as in the CLI:
// packets, bytes, then the sound (decoded only when the others cannot decide, or to explain where
// packets differ), and the picture (decoded only when its packets cannot decide).
import { useEffect, useRef, useState } from 'preact/hooks';
import { byteLayer } from '../../../shared/compare/byte-layer.ts';
import type { CompareReport } from '../../../shared/compare/report.ts';
import { packetCompareLayer } from '../../../shared/media/packets/packet-compare-layer.ts';
import type { Lang } from '../../../shared/report/lang.ts';
import { FilePicker } from '../widgets/file-picker.tsx';
import { MAX_DECODE_SECONDS } from '../decoding/audio-section.ts';
import { lazyAudioLayer } from '../decoding/lazy-audio-layer.ts';
import { compareWithPictures } from '../decoding/lazy-picture-layer.ts';
import { compareWithTrackSound } from '../decoding/lazy-track-sound.ts';
import type { PageMessages } from '../messages.ts';
import { ProgressBar } from '../widgets/progress-bar.tsx';
import { ReportView } from './report-view.tsx';
import { SideStatus } from '../widgets/side-status.tsx';
import { useSide, type Side } from '../widgets/use-side.ts';

type Outcome = { report: CompareReport; originalName: string; copyName: string } | { error: string } | 'comparing' | 'decoding' | 'decoding-picture' | null;

/** One side's decoding: seconds decoded of its duration. */
type Decoding = { name: string; done: number; total: number };

export function CompareView({ t, lang }: { t: PageMessages; lang: Lang }) {
  const original = useSide(true);
  const copy = useSide(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [tooLong, setTooLong] = useState(false);
  const [audioCancelled, setAudioCancelled] = useState(false);
  /** Why the picture was not compared after all: stopped, or the decoder's error. */
  const [pictureNote, setPictureNote] = useState<'cancelled' | { error: string } | null>(null);
  const [decoding, setDecoding] = useState<(Decoding | null)[]>([null, null]);
  const stopDecoding = useRef<AbortController | null>(null);
  const a = original.state;
  const b = copy.state;

  // Compare as soon as both sides are ready; a new file on either side starts over.
  useEffect(() => {
    setOutcome(null);
    if (a.phase !== 'ready' || b.phase !== 'ready') return;
    let current = true;
    setOutcome('comparing');
    setTooLong(false);
    setAudioCancelled(false);
    setPictureNote(null);
    const controller = new AbortController();
    stopDecoding.current = controller;
    const files = [a.file && { file: a.file, media: a.media }, b.file && { file: b.file, media: b.media }] as const;
    const onProgress = (side: number, done: number, total: number) => {
      const name = files[side]?.file.name;
      if (!current || !name) return;
      setDecoding((list) => list.map((d, i) => (i === side ? { name, done: Math.min(done, total), total } : d)));
    };
    const audio = lazyAudioLayer(files, {
      onDecoding: (outcomes) => {
        if (!current) return;
        setDecoding([null, null]);
        if (outcomes === null) setOutcome('decoding');
        else {
          setTooLong(outcomes.includes('too-long'));
          setAudioCancelled(outcomes.includes('cancelled'));
        }
      },
      onProgress,
      signal: controller.signal,
    });
    const decodingEvents = (status: 'decoding' | 'decoding-picture') => ({
      onDecoding: () => {
        if (!current) return;
        setDecoding([null, null]);
        setOutcome(status);
      },
      onProgress,
      signal: controller.signal,
    });
    const inputs = [a.input, b.input] as const;
    const layers = [packetCompareLayer, byteLayer, audio];
    // The picture, then further sound tracks, decoded only when their packets cannot decide.
    compareWithPictures(inputs, [a.file, b.file], layers, decodingEvents('decoding-picture'))
      .then(async ({ report, pictures }) => ({ pictures, ...(await compareWithTrackSound(report, inputs, [a.file, b.file], layers, decodingEvents('decoding'))) }))
      .then(
        ({ report, pictures, cancelled }) => {
          if (!current) return;
          const failed = pictures?.find((p) => typeof p === 'object');
          setPictureNote(pictures?.includes('cancelled') ? 'cancelled' : (failed ?? null));
          if (cancelled) setAudioCancelled(true);
          setOutcome({ report, originalName: a.name, copyName: b.name });
        },
        (e: unknown) => current && setOutcome({ error: `${b.name}: ${e instanceof Error ? e.message : String(e)}` }),
      );
    return () => {
      current = false;
      // A new file on either side: the old comparison's decoding workers are ended.
      controller.abort();
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
      {outcome === 'decoding-picture' && <p role="status">{t.decodingPicture}</p>}
      {(outcome === 'decoding' || outcome === 'decoding-picture') &&
        decoding.map(
          (d, i) =>
            d && (
              <div key={i} data-testid="decoding-progress">
                <ProgressBar label={outcome === 'decoding' ? t.decodingFile(d.name) : t.decodingPictureOf(d.name)} done={d.done} total={d.total} unit="seconds" lang={lang} cancelLabel={t.cancel} onCancel={() => stopDecoding.current?.abort()} />
              </div>
            ),
        )}
      {tooLong && <p class="hint">{t.audioTooLong(MAX_DECODE_SECONDS / 60)}</p>}
      {audioCancelled && (
        <p class="hint" data-testid="audio-cancelled">
          {t.audioCancelled}
        </p>
      )}
      {pictureNote && (
        <p class="hint" data-testid="picture-note">
          {pictureNote === 'cancelled' ? t.pictureCancelled : t.pictureFailed(pictureNote.error)}
        </p>
      )}
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

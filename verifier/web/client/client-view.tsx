// The client's view: choose a recording → its code (full and short), a fingerprint file to
// download, and what the client may do with the recording.
import { useEffect, useRef, useState } from 'preact/hooks';
import { shortCode } from '../../../shared/fingerprint/short-code.ts';
import type { Lang } from '../../../shared/report/lang.ts';
import { addAudioSection, MAX_DECODE_SECONDS, type AudioOutcome } from '../decoding/audio-section.ts';
import { ClientRules } from './client-rules.tsx';
import { CopyButton } from '../widgets/copy-button.tsx';
import { downloadFingerprint } from '../hashing/download-fingerprint.ts';
import { addPcmSection } from '../decoding/pcm-section.ts';
import { addPictureSection, type PictureOutcome } from '../decoding/picture-section.ts';
import { addTrackSound } from '../decoding/track-sound-section.ts';
import { ProgressBar } from '../widgets/progress-bar.tsx';
import { FilePicker } from '../widgets/file-picker.tsx';
import type { PageMessages } from '../messages.ts';
import { SideStatus } from '../widgets/side-status.tsx';
import { useSide } from '../widgets/use-side.ts';

export function ClientView({ t, lang }: { t: PageMessages; lang: Lang }) {
  const side = useSide(false);
  const { state } = side;
  // The fingerprint file also carries the sound's fingerprint, the picture's frame signatures and,
  // for WAV, its 20 ms block hashes, as the CLI's does: added once decoded and hashed.
  const [audio, setAudio] = useState<AudioOutcome | 'pending'>('pending');
  const [picture, setPicture] = useState<PictureOutcome | { done: number; total: number }>('none');
  const stopPicture = useRef<AbortController | null>(null);
  useEffect(() => {
    if (state.phase !== 'ready' || state.file === null) return;
    let current = true;
    setAudio('pending');
    setPicture({ done: 0, total: 0 });
    const controller = new AbortController();
    stopPicture.current = controller;
    const onProgress = (done: number, total: number) => current && setPicture({ done: Math.min(done, total), total });
    const { fingerprint } = state.input;
    void Promise.all([
      addAudioSection(fingerprint, state.file, { media: state.media }),
      addPcmSection(fingerprint, state.file),
      addPictureSection(state.input, state.file, { onProgress, signal: controller.signal }),
      addTrackSound(fingerprint, state.file, { signal: controller.signal }),
    ]).then(([outcome, , pictureOutcome]) => {
      if (!current) return;
      setAudio(outcome);
      setPicture(pictureOutcome);
    });
    return () => {
      current = false;
      controller.abort();
    };
  }, [state]);
  const pictureProgress = typeof picture === 'object' && 'done' in picture ? picture : null;
  return (
    <div class="view">
      <FilePicker id="client-file" label={t.chooseRecording} hint={t.dropHint} disabled={state.phase === 'working'} onFile={side.load} />
      <SideStatus side={side} t={t} lang={lang} />
      {state.phase === 'ready' && (
        <section class="result" aria-labelledby="code-title">
          <h2 id="code-title">{t.code}</h2>
          <p class="file-name">{state.name}</p>
          <p>
            <code id="full-code" class="code">
              {state.input.fingerprint.file.sha256}
            </code>{' '}
            <CopyButton text={state.input.fingerprint.file.sha256} targetId="full-code" label={t.copy} doneLabel={t.copied} />
          </p>
          <h3>{t.shortCode}</h3>
          <p>
            <code id="short-code" class="code short">
              {shortCode(state.input.fingerprint.file.sha256)}
            </code>{' '}
            <CopyButton text={shortCode(state.input.fingerprint.file.sha256)} targetId="short-code" label={t.copy} doneLabel={t.copied} />
          </p>
          <p class="hint">{t.shortCodeHint}</p>
          <p>
            <button type="button" id="download-fingerprint" disabled={audio === 'pending' || pictureProgress !== null} onClick={() => downloadFingerprint(state.input.fingerprint)}>
              {t.downloadFingerprint}
            </button>
          </p>
          {audio === 'pending' && <p role="status">{t.analysingAudio}</p>}
          {pictureProgress && (
            <div data-testid="picture-progress">
              <p role="status">{t.analysingPicture}</p>
              <ProgressBar label={t.decodingPictureOf(state.name)} done={pictureProgress.done} total={pictureProgress.total} unit="seconds" lang={lang} cancelLabel={t.cancel} onCancel={() => stopPicture.current?.abort()} />
            </div>
          )}
          {(picture === 'cancelled' || (typeof picture === 'object' && 'error' in picture)) && (
            <p class="hint" data-testid="picture-note">
              {picture === 'cancelled' ? t.pictureLeftOut : t.pictureFailed(picture.error)}
            </p>
          )}
          {audio === 'too-long' && (
            <p class="hint" data-testid="audio-note">
              {t.audioTooLongFingerprint(MAX_DECODE_SECONDS / 60)}
            </p>
          )}
          <p class="hint">{t.fingerprintHint}</p>
        </section>
      )}
      <ClientRules t={t} lang={lang} />
    </div>
  );
}

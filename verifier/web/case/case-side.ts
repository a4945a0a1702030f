// One recording of a case in the page: the side as the compare view loads it (fingerprint worker,
// or a fingerprint file read as it is), then completed with its sound's fingerprint (and its
// picture's and further sound tracks') and, for WAV, its pcm blocks, and written out as the
// fingerprint file's text (a fingerprint file chosen as such is taken as it is): the case runs from
// that text, so the evidence bundle re-checks to the same result.
import { useEffect, useRef, useState } from 'preact/hooks';
import { writeFingerprintFile } from '../../../shared/fingerprint/fingerprint-file.ts';
import { addAudioSection } from '../decoding/audio-section.ts';
import { addPcmSection } from '../decoding/pcm-section.ts';
import { addPictureSection } from '../decoding/picture-section.ts';
import { addTrackSound } from '../decoding/track-sound-section.ts';
import { useSide, type Side } from '../widgets/use-side.ts';

export interface CaseSideFile {
  name: string;
  fingerprint: string;
  /** The recording itself, for playing and drawing; null for a fingerprint file. */
  file: File | null;
}

export function useCaseSide(acceptFingerprintFile: boolean): { side: Side; ready: CaseSideFile | null } {
  const inner = useSide(acceptFingerprintFile);
  const chosen = useRef<File | null>(null);
  const [ready, setReady] = useState<CaseSideFile | null>(null);
  const { state } = inner;
  useEffect(() => {
    setReady(null);
    if (state.phase !== 'ready') return;
    let current = true;
    const { fingerprint } = state.input;
    const file = state.file;
    // A fingerprint file goes into the case as it was given (it was validated on reading).
    const text = file
      ? Promise.all([addAudioSection(fingerprint, file, { media: state.media }), addPcmSection(fingerprint, file), addPictureSection(state.input, file), addTrackSound(fingerprint, file)]).then(() =>
          writeFingerprintFile(fingerprint),
        )
      : (chosen.current?.text() ?? Promise.resolve(writeFingerprintFile(fingerprint)));
    void text.then((fingerprintText) => current && setReady({ name: state.name, fingerprint: fingerprintText, file }));
    return () => {
      current = false;
    };
  }, [state]);
  const load = (file: File): Promise<void> => {
    chosen.current = file;
    return inner.load(file);
  };
  return { side: { ...inner, load }, ready };
}

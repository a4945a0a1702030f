// One recording of a case in the page: the side as the compare view loads it (fingerprint worker,
// or a fingerprint file read as it is), then completed with its sound's fingerprint and, for WAV,
// its pcm blocks, and written out as the fingerprint file's text: the case runs from that text, so
// the evidence bundle re-checks to the same result.
import { useEffect, useState } from 'preact/hooks';
import { writeFingerprintFile } from '../../shared/fingerprint/fingerprint-file.ts';
import { addAudioSection } from './audio-section.ts';
import { addPcmSection } from './pcm-section.ts';
import { useSide, type Side } from './use-side.ts';

export interface CaseSideFile {
  name: string;
  fingerprint: string;
  /** The recording itself, for playing and drawing; null for a fingerprint file. */
  file: File | null;
}

export function useCaseSide(acceptFingerprintFile: boolean): { side: Side; ready: CaseSideFile | null } {
  const side = useSide(acceptFingerprintFile);
  const [ready, setReady] = useState<CaseSideFile | null>(null);
  const { state } = side;
  useEffect(() => {
    setReady(null);
    if (state.phase !== 'ready') return;
    let current = true;
    const { fingerprint } = state.input;
    const file = state.file;
    const sections = file ? Promise.all([addAudioSection(fingerprint, file, { media: state.media }), addPcmSection(fingerprint, file)]) : Promise.resolve();
    void sections.then(() => current && setReady({ name: state.name, fingerprint: writeFingerprintFile(fingerprint), file }));
    return () => {
      current = false;
    };
  }, [state]);
  return { side, ready };
}

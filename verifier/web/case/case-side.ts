// One recording of a case in the page: the side as the compare view loads it (fingerprint worker,
// or a fingerprint file read as it is), then completed with its sound's fingerprint (and its
// picture's and further sound tracks') and, for WAV, its pcm blocks (case-completion.ts), and
// written out as the fingerprint file's text (a fingerprint file chosen as such is taken as it is):
// the case runs from that text, so the evidence bundle re-checks to the same result. The completion
// can take minutes for a long video, so it can be stopped: its workers are ended and the recording
// stays out of the case (no text is written) until it is tried again or its file chosen again.
import { useEffect, useRef, useState } from 'preact/hooks';
import { writeFingerprintFile } from '../../../shared/fingerprint/fingerprint-file.ts';
import { completeFingerprint, decodingsOf, type DecodingJob } from './case-completion.ts';
import { useSide, type Side } from '../widgets/use-side.ts';

export interface CaseSideFile {
  name: string;
  fingerprint: string;
  /** The recording itself, for playing and drawing; null for a fingerprint file. */
  file: File | null;
}

/** Where the completion of a chosen recording is: nothing to do (yet), its decodings, their end, or stopped. */
export type Completion = { phase: 'none' } | { phase: 'decoding'; jobs: DecodingJob[] } | { phase: 'complete'; jobs: DecodingJob[] } | { phase: 'stopped' };

export interface CaseSide {
  side: Side;
  ready: CaseSideFile | null;
  completion: Completion;
  /** Ends the completion's workers; the recording stays out of the case. */
  stop(): void;
  /** Completes a stopped recording again, decoding only what is still missing. */
  retry(): void;
}

export function useCaseSide(acceptFingerprintFile: boolean): CaseSide {
  const inner = useSide(acceptFingerprintFile);
  const chosen = useRef<File | null>(null);
  const [ready, setReady] = useState<CaseSideFile | null>(null);
  const [completion, setCompletion] = useState<Completion>({ phase: 'none' });
  const [attempt, setAttempt] = useState(0);
  const running = useRef<AbortController | null>(null);
  const { state } = inner;
  useEffect(() => {
    setReady(null);
    setCompletion({ phase: 'none' });
    if (state.phase !== 'ready') return;
    let current = true;
    const { fingerprint } = state.input;
    const file = state.file;
    const done = (fingerprintText: string): void => {
      if (current) setReady({ name: state.name, fingerprint: fingerprintText, file });
    };
    if (!file) {
      // A fingerprint file goes into the case as it was given (it was validated on reading).
      void (chosen.current?.text() ?? Promise.resolve(writeFingerprintFile(fingerprint))).then(done);
      return () => {
        current = false;
      };
    }
    const controller = new AbortController();
    running.current = controller;
    setCompletion({ phase: 'decoding', jobs: decodingsOf(state.input) });
    const onJobs = (jobs: DecodingJob[]): void => {
      if (current) setCompletion({ phase: 'decoding', jobs });
    };
    void completeFingerprint(state.input, file, state.media, onJobs, controller.signal).then((outcome) => {
      if (!current) return;
      if (outcome === 'stopped') return setCompletion({ phase: 'stopped' });
      setCompletion((last) => ({ phase: 'complete', jobs: last.phase === 'decoding' ? last.jobs : [] }));
      done(writeFingerprintFile(fingerprint));
    });
    return () => {
      current = false;
      // Another file chosen, or the view left: the old decodings use no more CPU.
      controller.abort();
    };
  }, [state, attempt]);
  const load = (file: File): Promise<void> => {
    chosen.current = file;
    return inner.load(file);
  };
  const stop = (): void => {
    running.current?.abort();
    // A completion that ended meanwhile stands: its fingerprint is whole.
    setCompletion((last) => (last.phase === 'decoding' ? { phase: 'stopped' } : last));
  };
  return { side: { ...inner, load }, ready, completion, stop, retry: () => setAttempt((n) => n + 1) };
}

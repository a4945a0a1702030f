// One file being turned into a comparable side: a fingerprint from the worker (with the file kept
// as a byte source for exact refinement), or a fingerprint file read as it is.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CompareInput } from '../../../shared/compare/layer.ts';
import { outsideTheStream } from '../../../shared/compare/hidden-streams.ts';
import { createByteTimeMap } from '../../../shared/media/byte-time-map.ts';
import { wavEndsEarly } from '../../../shared/media/containers/wav-header.ts';
import { blobByteSource } from '../hashing/blob-byte-source.ts';
import type { MediaPackets } from '../hashing/media-transfer.ts';
import { CancelledError, startFingerprint, type FingerprintJob } from '../hashing/fingerprint-job.ts';
import { looksLikeJson, readFingerprintJson } from '../hashing/read-fingerprint-json.ts';

export type SideState =
  | { phase: 'idle' }
  | { phase: 'working'; name: string; done: number; total: number }
  /** `media`: the file's container as read, for decoding its sound without reading it again. */
  | { phase: 'ready'; name: string; input: CompareInput; file: File | null; media: MediaPackets | null }
  | { phase: 'cancelled' }
  | { phase: 'error'; message: string };

export interface Side {
  state: SideState;
  load(file: File): Promise<void>;
  cancel(): void;
}

export function useSide(acceptFingerprintFile: boolean): Side {
  const [state, setState] = useState<SideState>({ phase: 'idle' });
  const job = useRef<FingerprintJob | null>(null);
  useEffect(() => () => job.current?.cancel(), []);

  const load = async (file: File): Promise<void> => {
    job.current?.cancel();
    try {
      if (file.size === 0) throw new Error(`${file.name}: the file is empty`);
      if (acceptFingerprintFile && (await looksLikeJson(file))) {
        const fingerprint = await readFingerprintJson(file);
        setState({ phase: 'ready', name: file.name, input: { fingerprint }, file: null, media: null });
        return;
      }
      setState({ phase: 'working', name: file.name, done: 0, total: file.size });
      const current = startFingerprint(file, (done, total) => setState({ phase: 'working', name: file.name, done, total }));
      job.current = current;
      const { fingerprint, media, packetProblem } = await current.result;
      if (job.current !== current) return;
      job.current = null;
      const source = blobByteSource(file);
      const input: CompareInput = { fingerprint, source, ...(media ? await outsideTheStream(source, media) : {}) };
      if (media) input.timeMap = createByteTimeMap(media.packets);
      const endsEarly = media?.endsEarly ?? (fingerprint.file.wav ? wavEndsEarly(fingerprint.file.wav) : null);
      if (endsEarly) input.endsEarly = endsEarly;
      if (packetProblem) input.packetProblem = packetProblem;
      setState({ phase: 'ready', name: file.name, input, file, media });
    } catch (e) {
      if (e instanceof CancelledError) return;
      setState({ phase: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };
  const cancel = (): void => {
    job.current?.cancel();
    job.current = null;
    setState({ phase: 'cancelled' });
  };
  return { state, load, cancel };
}

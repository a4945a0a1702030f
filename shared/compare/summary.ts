import type { Fingerprint } from '../fingerprint/fingerprint.ts';
import type { CompareInput } from './layer.ts';
import type { FileSummary } from './report.ts';

export function summary(fp: Fingerprint): FileSummary {
  const { sha256, bytes, container, duration } = fp.file;
  return { sha256, bytes, container, duration };
}

/** A side's summary with what its container reader found beside the recording: skipped bytes, other streams, a cut-off end, a container it could not read. */
export function sideSummary(input: CompareInput): FileSummary {
  const skipped = input.skipped?.map(({ offset, length }) => ({ offset, length }));
  const hidden = input.hidden?.map(({ offset, length, codec }) => ({ offset, length, codec }));
  const { endsEarly, packetProblem } = input;
  return {
    ...summary(input.fingerprint),
    ...(skipped && skipped.length > 0 ? { skipped } : {}),
    ...(hidden && hidden.length > 0 ? { hidden } : {}),
    ...(endsEarly ? { endsEarly: { time: endsEarly.time, offset: endsEarly.offset, reason: endsEarly.reason } } : {}),
    ...(packetProblem ? { packetProblem } : {}),
  };
}

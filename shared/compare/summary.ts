import type { Fingerprint } from '../fingerprint/fingerprint.ts';
import type { FileSummary } from './report.ts';

export function summary(fp: Fingerprint): FileSummary {
  const { sha256, bytes, container, duration } = fp.file;
  return { sha256, bytes, container, duration };
}

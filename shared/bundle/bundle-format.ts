// The evidence bundle (docs/evidence-bundle.md): one JSON file holding a case's inputs (the log
// export, receipts, both fingerprint files) and its result (the log check, whose registration each
// copy matches, the compare reports with basis and resolution per edit), the versions that made it,
// and its own SHA-256. The file is the canonical JSON of the whole object, so exactly one byte
// sequence is a valid bundle for given contents.
import type { CaseInput, CaseResult } from '../case/run-case.ts';

export const BUNDLE_FORMAT = 'opnamepact-evidence-bundle';
export const BUNDLE_VERSION = 1;

export interface BundleVersions {
  bundle: number;
  fingerprint: number;
  consentLog: number;
}

export interface UnsealedBundle {
  format: typeof BUNDLE_FORMAT;
  version: number;
  tool: { name: string; version: string };
  formats: BundleVersions;
  /** ISO 8601 UTC. */
  createdAt: string;
  input: CaseInput;
  result: CaseResult;
}

export interface EvidenceBundle extends UnsealedBundle {
  /** SHA-256 of the canonical JSON of every other field: printed on the report. */
  sha256: string;
}

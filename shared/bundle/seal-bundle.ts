// Builds and seals a bundle: its hash over the canonical JSON of every field but `sha256`, and the
// file as the canonical JSON of all of it. A JSON round trip first drops `undefined` fields, which
// canonical JSON refuses, exactly as reading the file back would.
import type { CaseInput, CaseResult } from '../case/run-case.ts';
import { sha256Hex } from '../consent/chain.ts';
import { canonicalBytes, canonicalJson } from '../consent/canonical-json.ts';
import { FINGERPRINT_VERSION } from '../fingerprint/fingerprint-file.ts';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type EvidenceBundle, type UnsealedBundle } from './bundle-format.ts';

export function plainJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function bundleHash(unsealed: UnsealedBundle): string {
  return sha256Hex(canonicalBytes(unsealed));
}

export interface BundleMaker {
  tool: { name: string; version: string };
  createdAt: string;
}

export function sealBundle(input: CaseInput, result: CaseResult, maker: BundleMaker): EvidenceBundle {
  const logVersion = (input.logExport as { version?: unknown }).version;
  const unsealed: UnsealedBundle = plainJson({
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    tool: maker.tool,
    formats: { bundle: BUNDLE_VERSION, fingerprint: FINGERPRINT_VERSION, consentLog: typeof logVersion === 'number' ? logVersion : 0 },
    createdAt: maker.createdAt,
    input,
    result,
  });
  return { ...unsealed, sha256: bundleHash(unsealed) };
}

export function bundleText(bundle: EvidenceBundle): string {
  return `${canonicalJson(bundle)}\n`;
}

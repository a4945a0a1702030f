// Re-checks an evidence bundle from its own contents: the bytes are the canonical form, the hash
// holds, and re-running the case (log check, code look-up, comparison from the two fingerprint
// files, which are validated on the way) gives exactly the stored result. Text that is not a bundle
// at all throws BundleFormatError; a bundle that fails a check is reported, naming what differs.
import { CaseInputError } from '../case/case-error.ts';
import { runCase, type CaseInput, type CaseResult, type CaseSide } from '../case/run-case.ts';
import { CanonicalJsonError, canonicalJson } from '../consent/canonical-json.ts';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type EvidenceBundle, type UnsealedBundle } from './bundle-format.ts';
import { bundleHash, plainJson } from './seal-bundle.ts';
import { TOOL } from './tool.ts';

export class BundleFormatError extends Error {
  override name = 'BundleFormatError';
}

export interface BundleCheck {
  ok: boolean;
  /** The hash the bundle states (what the printed report shows). */
  sha256: string;
  /** The hash of its contents as read; equal to `sha256` when intact. */
  actualSha256: string | null;
  tool: string;
  /** Empty when ok; otherwise each check that failed, in order. */
  problems: string[];
}

function readBundle(text: string): EvidenceBundle {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BundleFormatError('not an evidence bundle: not valid JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== BUNDLE_FORMAT) {
    throw new BundleFormatError(`not an evidence bundle (no "format": "${BUNDLE_FORMAT}")`);
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > BUNDLE_VERSION) {
    throw new BundleFormatError(`evidence bundle version ${version} was made by a newer Opnamepact; this one reads version ${BUNDLE_VERSION}`);
  }
  if (version !== BUNDLE_VERSION) throw new BundleFormatError(`evidence bundle has an invalid version (${JSON.stringify(version)})`);
  return data as EvidenceBundle;
}

const isSide = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && typeof (value as CaseSide).name === 'string' && typeof (value as CaseSide).fingerprint === 'string';

/** What the case input lacks for the case to be run again, or null. */
function inputProblem(input: unknown): string | null {
  if (typeof input !== 'object' || input === null) return 'no "input"';
  const { logExport, receipts, original, copies } = input as Partial<CaseInput>;
  if (logExport === undefined) return 'no log export';
  if (!Array.isArray(receipts) || !receipts.every((r) => typeof r === 'string')) return '"receipts" is not a list of lines';
  if (!isSide(original)) return 'no original with a name and a fingerprint file';
  if (!Array.isArray(copies) || !copies.every(isSide)) return '"copies" is not a list of copies with a name and a fingerprint file';
  return null;
}

/** Which part of the stored result differs from the re-run, for the message. */
function resultDifferences(stored: CaseResult, rerun: CaseResult): string[] {
  const same = (a: unknown, b: unknown): boolean => canonicalJson(plainJson(a ?? null)) === canonicalJson(plainJson(b ?? null));
  const problems: string[] = [];
  if (!same(stored.log, rerun.log)) problems.push('the stored log check differs from checking the log export again');
  if (!same(stored.original, rerun.original)) problems.push('the original\'s registration differs from looking its code up again');
  const copies = Math.max(stored.copies.length, rerun.copies.length);
  for (let i = 0; i < copies; i++) {
    const a = stored.copies[i];
    const b = rerun.copies[i];
    const name = b?.name ?? a?.name ?? `copy ${i + 1}`;
    if (!same(a?.lookup, b?.lookup)) problems.push(`${name}: the stored registration match differs from looking its code up again`);
    if (!same(a?.report, b?.report)) problems.push(`${name}: the stored report does not follow from the two fingerprint files`);
    if (a?.name !== b?.name) problems.push(`${name}: the stored copy's name differs from its input's`);
  }
  if (problems.length === 0 && !same(stored, rerun)) problems.push('the stored result differs from re-running the case');
  return problems;
}

export async function verifyBundle(text: string): Promise<BundleCheck> {
  const bundle = readBundle(text);
  const stated = typeof bundle.sha256 === 'string' ? bundle.sha256 : '';
  const { sha256: _stated, ...unsealed } = bundle;
  const problems: string[] = [];
  let actual: string | null = null;
  try {
    if (text !== `${canonicalJson(bundle)}\n`) problems.push('the file is not in its canonical form: bytes were changed');
    actual = bundleHash(unsealed as UnsealedBundle);
  } catch (e) {
    if (!(e instanceof CanonicalJsonError)) throw e;
    problems.push(`the contents cannot be hashed: ${e.message}`);
  }
  if (actual !== null && actual !== stated) problems.push(`the contents hash to ${actual}, not the stated ${stated || '(none)'}`);
  const shape = inputProblem(bundle.input);
  if (shape !== null) problems.push(`the bundle's case input is incomplete: ${shape}`);
  else if (typeof bundle.result !== 'object' || bundle.result === null || !Array.isArray(bundle.result.copies)) problems.push('the bundle holds no case result');
  else {
    try {
      const differences = resultDifferences(bundle.result, await runCase(bundle.input));
      problems.push(...differences);
      // A newer comparison may word or place things differently: that is not tampering, and the hash says whether bytes were changed.
      const made = bundle.tool?.version;
      if (differences.length > 0 && made !== TOOL.version) {
        problems.push(`the bundle was made with version ${made ?? '?'} and re-run with ${TOOL.version}, whose comparison may differ: re-check it with version ${made ?? '?'} (the hash check above says whether its bytes were changed)`);
      }
    } catch (e) {
      if (!(e instanceof CaseInputError)) throw e;
      problems.push(`${e.what} inside the bundle: ${e.message}`);
    }
  }
  const tool = `${bundle.tool?.name ?? '?'} ${bundle.tool?.version ?? '?'}`;
  return { ok: problems.length === 0, sha256: stated, actualSha256: actual, tool, problems };
}

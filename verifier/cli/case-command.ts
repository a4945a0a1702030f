// opnamepact case <log-export.json> <original|fingerprint.json> <copy>… [--receipt R]… [--bundle FILE]
// [--json]: the complaints handler's case. Every recording is turned into its fingerprint file
// first and the case is run from those texts alone, so the evidence bundle written with --bundle
// re-checks to exactly this result. Exit 0 when the log is intact and every copy is a registered
// code with the original's content; 1 otherwise.
import { basename } from 'node:path';
import { CaseInputError } from '../../shared/case/case-error.ts';
import { caseText } from '../../shared/case/case-text.ts';
import { runCase, type CaseInput, type CaseSide } from '../../shared/case/run-case.ts';
import { bundleText, sealBundle } from '../../shared/bundle/seal-bundle.ts';
import { TOOL } from '../../shared/bundle/tool.ts';
import { MAX_FINGERPRINT_FILE_BYTES } from '../../shared/fingerprint/fingerprint-file.ts';
import { InputError } from '../node/input-error.ts';
import { openInput, readAt } from '../node/open-input.ts';
import type { ParsedArgs } from './args.ts';
import { EXIT_DIFFERENT, EXIT_OK, type CliIo } from './cli-io.ts';
import { decoderUse } from './decoder-use.ts';
import { writeOutput } from './output-file.ts';
import { fingerprintText } from './fingerprint-text.ts';
import { looksLikeJson } from './load-side.ts';
import { UsageError } from './usage-error.ts';
import { unsandboxedText } from './unsandboxed-text.ts';
import { readExportJson, readSmallText, receiptText } from './verify-log-command.ts';

const USAGE = 'opnamepact case <log-export.json> <original|fingerprint.json> <copy>… [--receipt <receipt>]… [--bundle FILE] [--json]';

/**
 * A fingerprint file is taken as it is; a recording is fingerprinted (with its sound) here, and
 * `decoded` says whether ffmpeg ran on it (its sound or picture is in the fingerprint file).
 */
async function caseSide(path: string, io: CliIo): Promise<{ side: CaseSide; decoded: boolean }> {
  const input = await openInput(path);
  let isJson: boolean;
  try {
    isJson = looksLikeJson(await readAt(input, 0, 64));
  } finally {
    await input.handle.close();
  }
  const fingerprint = isJson ? await readSmallText(path, MAX_FINGERPRINT_FILE_BYTES, 'a fingerprint file') : await fingerprintText(path, io);
  const sections = isJson ? {} : (JSON.parse(fingerprint) as { audio?: unknown; video?: unknown });
  return { side: { name: basename(path), fingerprint }, decoded: sections.audio !== undefined || sections.video !== undefined };
}

export async function caseCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const [logPath, originalPath, ...copyPaths] = args.positionals;
  if (logPath === undefined || originalPath === undefined || copyPaths.length === 0) throw new UsageError(`usage: ${USAGE}`);
  const receipts = await Promise.all(
    args.receipts.map(async (value) => {
      const { text } = await receiptText(value);
      return (text.split(/\r?\n/)[0] ?? '').trim();
    }),
  );
  const logExport = await readExportJson(logPath);
  const sides = [await caseSide(originalPath, io)];
  // One after another: one progress bar at a time, and one ffmpeg decoding per recording.
  for (const path of copyPaths) sides.push(await caseSide(path, io));
  const [original, ...copies] = sides.map((s) => s.side) as [CaseSide, ...CaseSide[]];
  const input: CaseInput = { logExport, receipts, original, copies };
  const pathOf = new Map([[input.original.name, originalPath], ...input.copies.map((c, i) => [c.name, copyPaths[i]!] as const)]);
  let result;
  try {
    result = await runCase(input);
  } catch (e) {
    if (!(e instanceof CaseInputError)) throw e;
    const what = e.what === 'log export' ? logPath : (pathOf.get(e.what) ?? e.what);
    throw new InputError(what, e.message);
  }
  let sealed = null;
  if (args.bundle !== undefined) {
    sealed = sealBundle(input, result, { tool: TOOL, createdAt: new Date().toISOString() });
    writeOutput(args.bundle, bundleText(sealed));
  }
  // How ffmpeg ran is this machine's, not the case's: beside the result, never in the bundle.
  const decoder = decoderUse(sides.some((s) => s.decoded));
  const warning = unsandboxedText(decoder, io.lang);
  if (args.json) io.out(`${JSON.stringify({ ...result, ...(decoder ? { decoder } : {}), ...(sealed ? { bundle: { path: args.bundle, sha256: sealed.sha256 } } : {}) }, null, 2)}\n`);
  else io.out(caseText(result, io.lang) + (sealed ? `\n${io.lang === 'nl' ? 'Bewijsbundel' : 'Evidence bundle'}: ${args.bundle}\nSHA-256: ${sealed.sha256}\n` : '') + (warning ? `\n${warning}\n` : ''));
  const good = result.log.ok && result.copies.every((c) => c.lookup?.verdict === 'registered' && (c.report.verdict === 'identical' || c.report.verdict === 'same-content'));
  return good ? EXIT_OK : EXIT_DIFFERENT;
}

// opnamepact verify-bundle <bundle.json> [--json]: exit 0 when the evidence bundle is intact and its
// result follows from its contents, 1 when not (naming every check that failed), 2 when the file is
// not a bundle or cannot be read.
import { BundleFormatError, verifyBundle } from '../../shared/bundle/verify-bundle.ts';
import { bundleCheckText } from '../../shared/bundle/bundle-check-text.ts';
import { MAX_FINGERPRINT_FILE_BYTES } from '../../shared/fingerprint/fingerprint-file.ts';
import { InputError } from '../node/input-error.ts';
import { expectFiles, type ParsedArgs } from './args.ts';
import { EXIT_DIFFERENT, EXIT_OK, type CliIo } from './cli-io.ts';
import { readSmallText } from './verify-log-command.ts';

/** Room for a log export and a few fingerprint files. */
const MAX_BUNDLE_BYTES = 4 * MAX_FINGERPRINT_FILE_BYTES;

export async function verifyBundleCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const [path] = expectFiles(args, 1, 'opnamepact verify-bundle <bundle.json> [--json]');
  const text = await readSmallText(path!, MAX_BUNDLE_BYTES, 'an evidence bundle');
  let check;
  try {
    check = await verifyBundle(text);
  } catch (e) {
    if (e instanceof BundleFormatError) throw new InputError(path!, e.message);
    throw e;
  }
  io.out(args.json ? `${JSON.stringify(check, null, 2)}\n` : bundleCheckText(check, io.lang));
  return check.ok ? EXIT_OK : EXIT_DIFFERENT;
}

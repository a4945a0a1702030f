// opnamepact verify-log <log-export.json> [--json]: exit 0 when the hash chain is intact, 1 when it
// is broken (naming the first broken entry), 2 when the file is not a readable log export.
import { ConsentFormatError, verifyLogExport } from '../../shared/consent/verify.ts';
import { logVerificationText } from '../../shared/report/log-text.ts';
import { InputError } from '../node/input-error.ts';
import { openInput, readAt } from '../node/open-input.ts';
import { expectFiles, type ParsedArgs } from './args.ts';
import { EXIT_DIFFERENT, EXIT_OK, type CliIo } from './cli-io.ts';

/** Log exports are small; a cap keeps a wrong file from filling memory. */
const MAX_EXPORT_BYTES = 64 * 1024 * 1024;

export async function verifyLogCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const [path] = expectFiles(args, 1, 'opnamepact verify-log <log-export.json> [--json]');
  const input = await openInput(path!);
  let bytes: Uint8Array;
  try {
    if (input.size > MAX_EXPORT_BYTES) throw new InputError(path!, `is larger than ${MAX_EXPORT_BYTES / 1024 / 1024} MiB; not a log export`);
    bytes = await readAt(input, 0, input.size);
  } finally {
    await input.handle.close();
  }
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new InputError(path!, 'not a consent log export: not valid JSON');
  }
  let result;
  try {
    result = verifyLogExport(data);
  } catch (e) {
    if (e instanceof ConsentFormatError) throw new InputError(path!, e.message);
    throw e;
  }
  io.out(args.json ? `${JSON.stringify(result, null, 2)}\n` : logVerificationText(result, io.lang));
  return result.ok ? EXIT_OK : EXIT_DIFFERENT;
}

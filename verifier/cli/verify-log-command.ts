// opnamepact verify-log <log-export.json> [--receipt <receipt line or file>]… [--json]: exit 0 when
// the hash chain is intact, its signatures hold and every receipt agrees; 1 when not (naming the
// first problem); 2 when the file or a receipt cannot be read.
import { checkLogExport } from '../../shared/consent/check-export.ts';
import { parseReceipt, RECEIPT_PREFIX, ReceiptError, type Receipt } from '../../shared/consent/receipt.ts';
import { ConsentFormatError } from '../../shared/consent/verify.ts';
import { logCheckText } from '../../shared/report/log-check-text.ts';
import { InputError } from '../node/input-error.ts';
import { openInput, readAt } from '../node/open-input.ts';
import { expectFiles, type ParsedArgs } from './args.ts';
import { EXIT_DIFFERENT, EXIT_OK, type CliIo } from './cli-io.ts';

/** Log exports are small; a cap keeps a wrong file from filling memory. */
const MAX_EXPORT_BYTES = 64 * 1024 * 1024;
/** A receipt file holds one line and perhaps a few words for the client. */
const MAX_RECEIPT_BYTES = 64 * 1024;

export async function readSmallText(path: string, max: number, what: string): Promise<string> {
  const input = await openInput(path);
  try {
    if (input.size > max) throw new InputError(path, `is larger than ${max} bytes; not ${what}`);
    return new TextDecoder('utf-8', { fatal: true }).decode(await readAt(input, 0, input.size));
  } catch (e) {
    if (e instanceof TypeError) throw new InputError(path, `not ${what}: not UTF-8 text`);
    throw e;
  } finally {
    await input.handle.close();
  }
}

/** A receipt is given as its line, or as the path of a file whose first line it is. */
export async function receiptText(value: string): Promise<{ text: string; isLine: boolean }> {
  const isLine = value.trimStart().startsWith(RECEIPT_PREFIX);
  return { text: isLine ? value : await readSmallText(value, MAX_RECEIPT_BYTES, 'a receipt'), isLine };
}

async function readReceipt(value: string): Promise<Receipt> {
  const { text, isLine } = await receiptText(value);
  try {
    return parseReceipt(text);
  } catch (e) {
    if (e instanceof ReceiptError) throw new InputError(isLine ? `--receipt "${value.slice(0, 40)}…"` : value, e.message);
    throw e;
  }
}

export async function readExportJson(path: string): Promise<unknown> {
  const text = await readSmallText(path, MAX_EXPORT_BYTES, 'a log export');
  try {
    return JSON.parse(text);
  } catch {
    throw new InputError(path, 'not a consent log export: not valid JSON');
  }
}

export async function verifyLogCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const [path] = expectFiles(args, 1, 'opnamepact verify-log <log-export.json> [--receipt <receipt>]… [--json]');
  const receipts = await Promise.all(args.receipts.map(readReceipt));
  const data = await readExportJson(path!);
  let check;
  try {
    check = await checkLogExport(data, receipts);
  } catch (e) {
    if (e instanceof ConsentFormatError) throw new InputError(path!, e.message);
    throw e;
  }
  // The chain's own fields stay at the top for existing readers; `ok` is the whole verdict.
  const { chain, ...rest } = check;
  const json = { ...chain, ...rest, chainIntact: chain.ok };
  io.out(args.json ? `${JSON.stringify(json, null, 2)}\n` : logCheckText(check, io.lang));
  return check.ok ? EXIT_OK : EXIT_DIFFERENT;
}

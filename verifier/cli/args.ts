// Argument parsing with node:util parseArgs: the options every command shares, and the language
// (--lang, else the LANG environment variable, else Dutch).
import { parseArgs } from 'node:util';
import { isLang, type Lang } from '../../shared/report/lang.ts';
import { UsageError } from './usage-error.ts';

export interface ParsedArgs {
  positionals: string[];
  json: boolean;
  output: string | undefined;
  help: boolean;
  lang: Lang;
  /** verify-log's --receipt values: receipt lines, or files whose first line is one. */
  receipts: string[];
  /** case's --bundle: where to write the evidence bundle. */
  bundle: string | undefined;
}

export function parseCliArgs(argv: string[], env: Record<string, string | undefined>): ParsedArgs {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        output: { type: 'string', short: 'o' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        receipt: { type: 'string', multiple: true },
        bundle: { type: 'string' },
      },
    }));
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const lang = values.lang ?? langFromEnv(env);
  if (!isLang(lang)) throw new UsageError(`--lang must be nl or en, not "${lang}"`);
  return { positionals, json: values.json ?? false, output: values.output, help: values.help ?? false, lang, receipts: values.receipt ?? [], bundle: values.bundle };
}

function langFromEnv(env: Record<string, string | undefined>): Lang {
  const locale = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  return locale.startsWith('en') ? 'en' : 'nl';
}

export function expectFiles(args: ParsedArgs, count: number, usage: string): string[] {
  if (args.positionals.length !== count) throw new UsageError(`usage: ${usage}`);
  return args.positionals;
}

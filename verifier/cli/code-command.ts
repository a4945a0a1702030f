// opnamepact code <file>…: prints "<sha256>  <file>" per file, exactly like sha256sum.
import { codeOfInput } from '../node/code-of-input.ts';
import { openInput } from '../node/open-input.ts';
import type { ParsedArgs } from './args.ts';
import { EXIT_OK, type CliIo } from './cli-io.ts';
import { UsageError } from './usage-error.ts';

export async function codeCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.positionals.length === 0) throw new UsageError('usage: opnamepact code <file>');
  for (const path of args.positionals) {
    const input = await openInput(path);
    try {
      const code = await codeOfInput(input, (done, total) => io.progress(path, done, total));
      io.progressDone();
      io.out(`${sha256sumLine(code, path)}\n`);
    } finally {
      await input.handle.close();
    }
  }
  return EXIT_OK;
}

/** sha256sum escapes a name holding a backslash or newline and marks the line with a backslash. */
function sha256sumLine(code: string, name: string): string {
  if (!/[\\\n\r]/.test(name)) return `${code}  ${name}`;
  return `\\${code}  ${name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}`;
}

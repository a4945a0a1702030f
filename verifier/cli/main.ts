// The opnamepact CLI: arguments → a command over the shared core → text or JSON → exit code.
// Every failure ends as one line on stderr and exit 2, never a stack trace.
import { InputError } from '../node/input-error.ts';
import { parseCliArgs, type ParsedArgs } from './args.ts';
import { EXIT_ERROR, EXIT_OK, type CliIo } from './cli-io.ts';
import { caseCommand } from './case-command.ts';
import { codeCommand } from './code-command.ts';
import { compareCommand } from './compare-command.ts';
import { fingerprintCommand } from './fingerprint-command.ts';
import { helpText } from './help.ts';
import { progressBar } from './progress-bar.ts';
import { UsageError } from './usage-error.ts';
import { verifyBundleCommand } from './verify-bundle-command.ts';
import { verifyLogCommand } from './verify-log-command.ts';

type Command = (args: ParsedArgs, io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  code: codeCommand,
  fingerprint: fingerprintCommand,
  compare: compareCommand,
  'verify-log': verifyLogCommand,
  case: caseCommand,
  'verify-bundle': verifyBundleCommand,
};

async function main(argv: string[]): Promise<number> {
  const bar = progressBar(process.stderr);
  try {
    const args = parseCliArgs(argv, process.env);
    const [name, ...rest] = args.positionals;
    if (args.help || name === 'help') {
      process.stdout.write(helpText(args.lang));
      return EXIT_OK;
    }
    const command = name === undefined ? undefined : COMMANDS[name];
    if (!command) throw new UsageError(name === undefined ? 'no command given' : `unknown command "${name}"`);
    if (args.receipts.length > 0 && name !== 'verify-log' && name !== 'case') throw new UsageError('--receipt is only for verify-log and case');
    if (args.bundle !== undefined && name !== 'case') throw new UsageError('--bundle is only for case');
    const io: CliIo = {
      lang: args.lang,
      out: (text) => process.stdout.write(text),
      progress: (label, done, total) => bar.update(label, done, total),
      progressDone: () => bar.done(),
      warn: (text) => process.stderr.write(`opnamepact: ${text}\n`),
    };
    return await command({ ...args, positionals: rest }, io);
  } catch (e) {
    bar.done();
    process.stderr.write(`opnamepact: ${errorLine(e)}\n`);
    return EXIT_ERROR;
  }
}

function errorLine(e: unknown): string {
  if (e instanceof UsageError) return `${e.message} (see opnamepact --help)`;
  if (e instanceof InputError) return e.message;
  return `unexpected error: ${e instanceof Error ? e.message : String(e)}`.replace(/\s*\n\s*/g, ' ');
}

// A closed pipe (e.g. `| head`) is not an error worth a message.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});
process.exitCode = await main(process.argv.slice(2));

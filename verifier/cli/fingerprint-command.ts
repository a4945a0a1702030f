// opnamepact fingerprint <file> [-o FILE]: writes the fingerprint file (JSON) to stdout or FILE: the
// code and chunks, the packets section (from the same read), and for media the audio section.
import { writeFile } from 'node:fs/promises';
import { InputError } from '../node/input-error.ts';
import { expectFiles, type ParsedArgs } from './args.ts';
import { EXIT_OK, type CliIo } from './cli-io.ts';
import { fingerprintText } from './fingerprint-text.ts';
import { reportPeakMemory } from './peak-memory.ts';

export async function fingerprintCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const [path] = expectFiles(args, 1, 'opnamepact fingerprint <file> [-o FILE]');
  const text = await fingerprintText(path!, io);
  if (args.output === undefined) io.out(text);
  else await writeOutput(args.output, text);
  reportPeakMemory();
  return EXIT_OK;
}

export async function writeOutput(output: string, text: string): Promise<void> {
  await writeFile(output, text).catch((e: unknown) => {
    throw new InputError(output, `cannot be written (${(e as { code?: string }).code ?? String(e)})`);
  });
}

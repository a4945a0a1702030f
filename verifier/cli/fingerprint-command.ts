// opnamepact fingerprint <file> [-o FILE]: writes the fingerprint file (JSON) to stdout or FILE: the
// code and chunks, the packets section (from the same read), and for media the audio section.
// When ffmpeg decoded the file without a sandbox, the same warning as compare's goes to stderr:
// the fingerprint file is the same either way, and stdout may be that file.
import { writeFile } from 'node:fs/promises';
import { InputError } from '../node/input-error.ts';
import { expectFiles, type ParsedArgs } from './args.ts';
import { EXIT_OK, type CliIo } from './cli-io.ts';
import { decoderUse } from './decoder-use.ts';
import { fingerprintOf } from './fingerprint-text.ts';
import { reportPeakMemory } from './peak-memory.ts';
import { unsandboxedText } from './unsandboxed-text.ts';

export async function fingerprintCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const [path] = expectFiles(args, 1, 'opnamepact fingerprint <file> [-o FILE]');
  const { pieces, ffmpegRan } = await fingerprintOf(path!, io);
  // Before the output is written: a file that cannot be written does not hide how ffmpeg ran.
  const warning = unsandboxedText(decoderUse(ffmpegRan), io.lang);
  if (warning) io.warn(warning);
  if (args.output === undefined) for (const piece of pieces) io.out(piece);
  else await writeOutput(args.output, pieces);
  reportPeakMemory();
  return EXIT_OK;
}

/** Writes `text`, or its pieces one after another (a long recording's fingerprint is not made into one string first). */
export async function writeOutput(output: string, text: string | Iterable<string>): Promise<void> {
  await writeFile(output, text).catch((e: unknown) => {
    throw new InputError(output, `cannot be written (${(e as { code?: string }).code ?? String(e)})`);
  });
}

// opnamepact fingerprint <file> [-o FILE]: writes the fingerprint file (JSON) to stdout or FILE: the
// code and chunks, the packets section (from the same read), and for media the sections ffmpeg's
// decoding gives. The file is written as its parts become ready and put in place once complete
// (output-file.ts). When ffmpeg decoded the file without a sandbox, the same warning as compare's
// goes to stderr as soon as it has run: the fingerprint file is the same either way, and stdout may
// be that file.
import { statSync } from 'node:fs';
import { InputError } from '../node/input-error.ts';
import { expectFiles, type ParsedArgs } from './args.ts';
import { EXIT_OK, type CliIo } from './cli-io.ts';
import { decoderUse } from './decoder-use.ts';
import { writeFingerprintOf } from './fingerprint-text.ts';
import { OutputFile } from './output-file.ts';
import { reportPeakMemory } from './peak-memory.ts';
import { unsandboxedText } from './unsandboxed-text.ts';

export async function fingerprintCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const [path] = expectFiles(args, 1, 'opnamepact fingerprint <file> [-o FILE]');
  if (args.output !== undefined && sameFile(path!, args.output)) throw new InputError(args.output, 'is the recording itself: its fingerprint is never written over it');
  const output = new OutputFile(args.output, (bytes) => io.out(bytes));
  try {
    await writeFingerprintOf(path!, io, (text) => output.write(text), () => {
      const warning = unsandboxedText(decoderUse(true), io.lang);
      if (warning) io.warn(warning);
    });
    output.commit();
  } catch (e) {
    output.abandon();
    throw e;
  }
  reportPeakMemory();
  return EXIT_OK;
}

/** Whether two paths name one file (a link, another spelling): a slip of `-o` must not replace the evidence. */
function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

// opnamepact fingerprint <file> [-o FILE]: writes the fingerprint file (JSON) to stdout or FILE: the
// code and chunks, the packets section (from the same read), and for media the audio section.
import { writeFile } from 'node:fs/promises';
import { writeFingerprintFile } from '../../shared/fingerprint/fingerprint-file.ts';
import { audioSectionOf } from '../node/audio-of-input.ts';
import { fingerprintInput } from '../node/fingerprint-input.ts';
import { InputError } from '../node/input-error.ts';
import { openInput } from '../node/open-input.ts';
import { pcmBlocksOf } from '../node/pcm-blocks-of-input.ts';
import { expectFiles, type ParsedArgs } from './args.ts';
import { EXIT_OK, type CliIo } from './cli-io.ts';
import { reportPeakMemory } from './peak-memory.ts';

export async function fingerprintCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const [path] = expectFiles(args, 1, 'opnamepact fingerprint <file> [-o FILE]');
  const input = await openInput(path!);
  let text: string;
  try {
    const { fingerprint } = await fingerprintInput(input, { onProgress: (done, total) => io.progress(path!, done, total) });
    io.progressDone();
    if (fingerprint.file.wav) fingerprint.pcm = await pcmBlocksOf(input, fingerprint.file.wav);
    if (fingerprint.file.container !== null) {
      const { container, duration } = fingerprint.file;
      const onProgress = (seconds: number, total: number | null): void => io.progress(`${path!} (audio)`, seconds, total ?? duration ?? seconds);
      const audio = await audioSectionOf(path!, { container, duration, onProgress });
      io.progressDone();
      if (audio) fingerprint.audio = audio;
    }
    text = writeFingerprintFile(fingerprint);
  } finally {
    await input.handle.close();
  }
  if (args.output === undefined) io.out(text);
  else {
    const output = args.output;
    await writeFile(output, text).catch((e: unknown) => {
      throw new InputError(output, `cannot be written (${(e as { code?: string }).code ?? String(e)})`);
    });
  }
  reportPeakMemory();
  return EXIT_OK;
}

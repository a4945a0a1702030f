// The warning the CLI's text reports (and `fingerprint`, on stderr) carry when ffmpeg decoded a
// client's file without a sandbox (security review F13): the complaints handler learns it, and how
// to fix it. Nothing is said when
// it ran sandboxed: that is how it should be.
import type { Lang } from '../../shared/report/lang.ts';
import type { DecoderSandbox } from '../node/sandboxed-spawn.ts';

const UNSANDBOXED: Record<Lang, (reason: string) => string> = {
  nl: (reason) =>
    `Let op: ffmpeg heeft de opname(s) ZONDER afscherming gedecodeerd (${reason}). Een fout in ffmpeg kan dan bij de andere bestanden op deze computer. ` +
    'Installeer bubblewrap (Linux: apt-get install bubblewrap); OPNAMEPACT_REQUIRE_SANDBOX=1 weigert decoderen zonder afscherming.',
  en: (reason) =>
    `Note: ffmpeg decoded the recording(s) WITHOUT a sandbox (${reason}). A flaw in ffmpeg could then reach the other files on this computer. ` +
    'Install bubblewrap (Linux: apt-get install bubblewrap); OPNAMEPACT_REQUIRE_SANDBOX=1 refuses to decode without one.',
};

/** The warning line, or null when ffmpeg ran sandboxed or did not run. */
export function unsandboxedText(decoder: DecoderSandbox | undefined, lang: Lang): string | null {
  if (decoder?.sandbox !== 'none') return null;
  return UNSANDBOXED[lang](decoder.reason ?? '?');
}

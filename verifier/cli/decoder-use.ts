// How ffmpeg ran, for the reports of `compare` and `case` and `fingerprint`'s warning on stderr
// (security review F13). In the reports: present only when a side that is a recording had its
// sound or picture decoded; a fingerprint file's sections were made elsewhere, and bytes and
// packets need no ffmpeg. A property of this machine, not of the
// recordings: the shared report (and the evidence bundle, which re-runs it) does not carry it.
import type { CompareReport } from '../../shared/compare/report.ts';
import { findFfmpeg } from '../node/decode-audio.ts';
import { InputError } from '../node/input-error.ts';
import { decoderSandbox, unsandboxedRefusal, type DecoderSandbox } from '../node/sandboxed-spawn.ts';
import type { LoadedSide } from './load-side.ts';

/** `compare --json`'s output. */
export interface CliCompareReport extends CompareReport {
  decoder?: DecoderSandbox;
}

/** The sandbox ffmpeg ran in, when it ran (`decoded`). */
export function decoderUse(decoded: boolean): DecoderSandbox | undefined {
  return decoded ? decoderSandbox(findFfmpeg()) : undefined;
}

/**
 * Before anything of `path` is decoded: ffmpeg is there and may run here (OPNAMEPACT_REQUIRE_SANDBOX),
 * so a file whose output is written as it goes fails before its first section, with the message
 * decoding itself would give, whichever track comes first.
 * @throws InputError naming `path`
 */
export function checkDecoder(path: string): void {
  let refused: string | null;
  try {
    refused = unsandboxedRefusal(findFfmpeg());
  } catch (e) {
    refused = (e as Error).message;
  }
  if (refused) throw new InputError(path, `cannot be decoded: ${refused}`);
}

/** Whether a comparison's side that is a recording (not a fingerprint file) had its sound, picture or a further sound track decoded. */
export function decodedSides(sides: readonly LoadedSide[]): boolean {
  return sides.some((s) => s.source !== undefined && (s.fingerprint.audio !== undefined || s.fingerprint.video !== undefined || trackSoundDecoded(s.fingerprint.tracks)));
}

/** A recording's tracks get an `audio` section only from ffmpeg (load-side.ts, loadTrackSound). */
function trackSoundDecoded(tracks: unknown): boolean {
  return Array.isArray(tracks) && tracks.some((t) => (t as { audio?: unknown }).audio !== undefined);
}

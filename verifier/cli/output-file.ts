// Where a command's long output goes while it is made: written as its parts become ready, so the
// CLI holds one part at a time, and put in place only once complete. `-o FILE` is written to
// "FILE.part" beside it and renamed over FILE at the end; standard output is spooled to a private
// temporary file and copied out at the end. A failure half-way (a full disk, a recording that
// cannot be decoded) then leaves no half file, an earlier FILE as it was, and nothing on stdout.
// The target is opened first: a folder that cannot be written fails before hours of work. Ctrl-C
// (or a kill) half-way removes the part file too, and then ends the CLI as the signal would have.
import { closeSync, mkdtempSync, openSync, readSync, renameSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../node/input-error.ts';

const COPY_BYTES = 1024 * 1024;
/** A long string (a section's base64) is written in slices: each becomes bytes on its own, not the whole at once. */
const WRITE_CHARS = 1024 * 1024;
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export class OutputFile {
  /** Where the text is written until it is complete. */
  private readonly spool: string;
  private readonly fd: number;
  private closed = false;

  /**
   * @param output the file to write, or undefined for `out` (standard output)
   * @throws InputError naming `output` when it cannot be written
   */
  constructor(
    private readonly output: string | undefined,
    private readonly out: (bytes: Uint8Array) => void,
  ) {
    let spool = output === undefined ? null : special(output) ? output : `${output}.part`;
    try {
      spool ??= join(mkdtempSync(join(tmpdir(), 'opnamepact-')), 'output');
      this.spool = spool;
      this.fd = openSync(spool, 'w');
      for (const signal of SIGNALS) process.once(signal, this.onSignal);
    } catch (e) {
      if (spool !== null) {
        this.spool = spool;
        this.removeSpool();
      }
      throw this.failure(e);
    }
  }

  write(text: string): void {
    try {
      for (let at = 0; at < text.length; ) {
        let end = Math.min(text.length, at + WRITE_CHARS);
        // Never between the halves of a surrogate pair (an emoji in a name), which would become two U+FFFD.
        const last = text.charCodeAt(end - 1);
        if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
        writeSync(this.fd, at === 0 && end === text.length ? text : text.slice(at, end));
        at = end;
      }
    } catch (e) {
      throw this.failure(e);
    }
  }

  /** Puts the output in place: renamed over the target, or copied to standard output. */
  commit(): void {
    this.close();
    try {
      if (this.output === undefined) this.copyOut();
      else if (this.spool !== this.output) renameSync(this.spool, this.output);
    } catch (e) {
      throw this.failure(e);
    } finally {
      if (this.output === undefined) this.removeSpool();
    }
  }

  /** Drops what was written (after a failure); a target that is a device or a pipe keeps what reached it. */
  abandon(): void {
    this.close();
    if (this.spool !== this.output) this.removeSpool();
  }

  private copyOut(): void {
    const fd = openSync(this.spool, 'r');
    try {
      const buffer = new Uint8Array(COPY_BYTES);
      // A copy each time: where standard output is written later (a pipe on some systems), a reused buffer would change under it.
      for (let n; (n = readSync(fd, buffer, 0, COPY_BYTES, null)) > 0; ) this.out(buffer.slice(0, n));
    } finally {
      closeSync(fd);
    }
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const signal of SIGNALS) process.off(signal, this.onSignal);
    closeSync(this.fd);
  }

  /** The part file goes, and the signal is raised again with no handler left: the CLI ends as it would have. */
  private readonly onSignal = (signal: NodeJS.Signals): void => {
    this.abandon();
    process.kill(process.pid, signal);
  };

  private removeSpool(): void {
    if (this.output === undefined) rmSync(join(this.spool, '..'), { recursive: true, force: true });
    else if (this.spool !== this.output) {
      try {
        unlinkSync(this.spool);
      } catch {
        // Never made, or gone already.
      }
    }
  }

  private failure(e: unknown): InputError {
    const code = (e as { code?: string }).code ?? String(e);
    // Standard output is spooled in the temporary folder: that is what could not be written.
    return new InputError(this.output ?? `${tmpdir()} (the temporary folder for standard output)`, `cannot be written (${code})`);
  }
}

/** An existing target that is not a plain file (a device such as /dev/stdout, a pipe) is written directly. */
function special(path: string): boolean {
  try {
    return !statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Writes `text` to `output` whole, through an OutputFile (the evidence bundle). */
export function writeOutput(output: string, text: string): void {
  const file = new OutputFile(output, () => {});
  try {
    file.write(text);
    file.commit();
  } catch (e) {
    file.abandon();
    throw e;
  }
}

// What a command needs from the outside world, passed in so commands stay thin and testable.
import type { Lang } from '../../shared/report/lang.ts';

export interface CliIo {
  lang: Lang;
  out(text: string | Uint8Array): void;
  /** Called while a long file is read; draws a bar on stderr when it is a terminal, else nothing. */
  progress(label: string, done: number, total: number): void;
  progressDone(): void;
  /** A line for the user beside the output, on stderr: a fingerprint or JSON on stdout stays as it is. */
  warn(text: string): void;
}

/** Exit codes of the CLI contract. */
export const EXIT_OK = 0;
export const EXIT_DIFFERENT = 1;
export const EXIT_ERROR = 2;

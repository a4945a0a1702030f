// One error type for every malformed input, so callers can tell "this file is broken" (show the
// message, fall back to the byte layer) from a bug in the reader.
export class MediaError extends Error {
  override name = 'MediaError';

  constructor(
    readonly file: string,
    readonly offset: number,
    readonly problem: string,
  ) {
    super(`${file}: ${problem} at byte ${offset}`);
  }

  /** The problem and where, without the file's name: for a report that names the file already. */
  get described(): string {
    return `${this.problem} at byte ${this.offset}`;
  }
}

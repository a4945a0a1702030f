// A problem with a file the user named: the CLI prints "<file>: <problem>" on one line, exit 2.

export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

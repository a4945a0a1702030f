// A case input that cannot be read: `what` names it (a file name, "log export", a receipt) so the
// shell can print one line naming the file and the problem.
export class CaseInputError extends Error {
  override name = 'CaseInputError';
  constructor(
    readonly what: string,
    message: string,
  ) {
    super(message);
  }
}

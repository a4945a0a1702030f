/** The input is not a consent log export, is malformed, or is from a newer format version. */
export class ConsentFormatError extends Error {
  override name = 'ConsentFormatError';
}

// The one error a fingerprint file reader throws; `problem` lets callers react, the message is for
// people and names the field.

export type FingerprintProblem = 'malformed' | 'newer-version' | 'unsupported' | 'inconsistent' | 'too-large';

export class FingerprintFormatError extends Error {
  override readonly name = 'FingerprintFormatError';
  constructor(
    readonly problem: FingerprintProblem,
    message: string,
  ) {
    super(message);
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

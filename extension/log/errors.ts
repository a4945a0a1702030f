// Typed store errors, so the background can tell staff what happened and what to do. Every one of
// them means the operation's transaction did not commit: nothing was half-written.

export type LogStoreErrorCode = 'invalid-entry' | 'invalid-period' | 'quota' | 'aborted' | 'unavailable';

export class LogStoreError extends Error {
  override name = 'LogStoreError';
  constructor(
    readonly code: LogStoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const MESSAGES: Record<Exclude<LogStoreErrorCode, 'invalid-entry' | 'invalid-period'>, string> = {
  quota: 'the browser refused to store more log data (storage quota exceeded); nothing was written — free disk space, or export the log and apply retention',
  aborted: 'the log write was interrupted (transaction aborted); nothing was written — try again',
  unavailable: 'the log database could not be used; nothing was written',
};

function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : undefined;
}

/** Maps what IndexedDB throws (a request's or the transaction's error) to a LogStoreError. */
export function toStoreError(error: unknown, transactionError?: DOMException | null): LogStoreError {
  if (error instanceof LogStoreError) return error;
  const names = [errorName(transactionError), errorName(error)];
  const code = names.includes('QuotaExceededError') ? 'quota' : names.includes('AbortError') ? 'aborted' : 'unavailable';
  const detail = errorName(error) ?? String(error);
  return new LogStoreError(code, `${MESSAGES[code]} (${detail})`, { cause: error });
}

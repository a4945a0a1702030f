import { describe, expect, it } from 'vitest';
import { LogStoreError, toStoreError } from '../../../extension/log/errors.ts';

describe('toStoreError', () => {
  it('names a quota error from the request or from the transaction', () => {
    expect(toStoreError(new DOMException('full', 'QuotaExceededError'))).toMatchObject({ code: 'quota', message: expect.stringMatching(/storage quota exceeded\).*nothing was written/) });
    expect(toStoreError(new DOMException('aborted', 'AbortError'), new DOMException('full', 'QuotaExceededError')).code).toBe('quota');
  });

  it('names an aborted transaction, and anything else as unavailable, keeping the cause', () => {
    const abort = new DOMException('x', 'AbortError');
    expect(toStoreError(abort)).toMatchObject({ code: 'aborted', cause: abort });
    expect(toStoreError(new DOMException('closed', 'InvalidStateError'))).toMatchObject({ code: 'unavailable', message: expect.stringMatching(/InvalidStateError/) });
  });

  it('passes a LogStoreError through unchanged', () => {
    const error = new LogStoreError('invalid-entry', 'bad');
    expect(toStoreError(error)).toBe(error);
  });
});

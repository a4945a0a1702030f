// Assertions shared by the browser tests: the stored log is one complete chain that verifies.

import { expect } from 'vitest';
import type { Entry } from '../../../shared/consent/entry.ts';
import type { LogExport } from '../../../shared/consent/export-format.ts';
import { verifyLogExport } from '../../../shared/consent/verify.ts';

export function expectOneChain(entries: Entry[], count: number): void {
  expect(entries.map((entry) => entry.seq)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  expect(entries.slice(1).every((entry, i) => entry.prev === entries[i]?.hash)).toBe(true);
}

export function expectVerifies(exported: LogExport, count: number): void {
  expect(verifyLogExport(exported)).toMatchObject({ ok: true, entries: count });
}

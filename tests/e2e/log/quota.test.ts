// A full storage quota gives a clear, typed error, loses nothing already written, and the log
// continues once space is available again.

import { expect, it } from 'vitest';
import { NOTE_MAX } from '../../../shared/consent/fields.ts';
import { appendAll, call, openHarness, unwrap } from './browser.ts';
import { expectOneChain, expectVerifies } from './chain-check.ts';
import { tagged } from './drafts.ts';
import { useHarness } from './fixture.ts';

const harness = useHarness({ browser: true });

it('refuses appends past the quota with a quota error, keeps every entry written before, and continues once space is back', async () => {
  // Chromium reads an origin's quota when its storage is first used, so the override comes first.
  const page = await openHarness(harness.browser, harness.origin, 'quota', async (fresh) => {
    const cdp = await fresh.createCDPSession();
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: harness.origin, quotaSize: 100 * 1024 });
  });
  await appendAll(page, tagged('before', 20, 1));
  const before = unwrap(await call(page, 'list'));

  const big = tagged('big', 400, 2).map((draft, i) => ({ ...draft, note: `${i} `.padEnd(NOTE_MAX, 'x') }));
  const { written, failure } = await call(page, 'appendAll', big);
  expect(failure).toMatchObject({ name: 'LogStoreError', code: 'quota', message: expect.stringMatching(/storage quota exceeded.*nothing was written/) });
  expect(written).toBeLessThan(400);

  const stored = unwrap(await call(page, 'list'));
  expect(stored.slice(0, 20)).toEqual(before);
  expectOneChain(stored, 20 + written);
  expectVerifies(unwrap(await call(page, 'exportAll', '2026-11-29T10:00:00.000Z')), 20 + written);
  expect(unwrap(await call(page, 'head')).seq).toBe(20 + written);

  const cdp = await page.createCDPSession();
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: harness.origin });
  await appendAll(page, tagged('space again', 1, 3));
  expectVerifies(unwrap(await call(page, 'exportAll', '2026-11-29T10:00:00.000Z')), 21 + written);
});

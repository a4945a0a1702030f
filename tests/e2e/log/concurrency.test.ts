// Two tabs of the same origin (and many callers in one tab) appending at the same time: nothing is
// lost and the log stays one linear chain.

import { expect, it } from 'vitest';
import { expectOneChain, expectVerifies } from './chain-check.ts';
import { tagged } from './drafts.ts';
import { appendAll, call, openHarness, unwrap } from './browser.ts';
import { useHarness } from './fixture.ts';

const harness = useHarness({ browser: true });

it('two tabs appending at once lose nothing and keep one chain', async () => {
  const [tabA, tabB] = [await openHarness(harness.browser, harness.origin, 'two-tabs'), await openHarness(harness.browser, harness.origin, 'two-tabs')];
  if (!tabA || !tabB) throw new Error('tabs did not open');
  const a = tagged('tab A', 150, 1);
  const b = tagged('tab B', 150, 2);
  await Promise.all([appendAll(tabA, a), appendAll(tabB, b)]);
  const entries = unwrap(await call(tabA, 'list'));
  expectOneChain(entries, 300);
  expect(entries.map((entry) => entry.note).sort()).toEqual([...a, ...b].map((draft) => draft.note).sort());
  expectVerifies(unwrap(await call(tabB, 'exportAll', '2026-11-29T10:00:00.000Z')), 300);
});

it('many appends started together in one tab are written one after another', async () => {
  const tab = await openHarness(harness.browser, harness.origin, 'one-tab-burst');
  const drafts = tagged('burst', 200, 3);
  const results = await call(tab, 'appendConcurrently', drafts);
  expect(results.every((result) => result.ok)).toBe(true);
  const entries = unwrap(await call(tab, 'list'));
  expectOneChain(entries, 200);
  expect(new Set(entries.map((entry) => entry.note))).toEqual(new Set(drafts.map((draft) => draft.note)));
});

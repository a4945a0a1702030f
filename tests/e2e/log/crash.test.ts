// A renderer crash or a killed browser in the middle of appending leaves no half entry: what is
// stored is one complete chain that verifies, and appending continues from it.

import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { appendAll, call, GENERATED, launchChromium, openHarness, unwrap } from './browser.ts';
import { expectOneChain, expectVerifies } from './chain-check.ts';
import { tagged } from './drafts.ts';
import { useHarness } from './fixture.ts';

const PROFILE = join(GENERATED, 'profile-crash');
const RUN = 5000;
const harness = useHarness({ profiles: [PROFILE] });

/** Starts a long run of appends in the page and resolves once at least `atLeast` are stored. */
async function appendingUntil(page: Page, atLeast: number): Promise<number> {
  call(page, 'appendAll', tagged('running', RUN, 7)).catch(() => undefined);
  for (;;) {
    const stored = unwrap(await call(page, 'list')).length;
    if (stored >= atLeast) return stored;
  }
}

/** What survived is everything seen before, cut short of the run, one chain, and it continues. */
async function expectCompleteChain(after: Page, seen: number): Promise<void> {
  const entries = unwrap(await call(after, 'list'));
  expect(entries.length).toBeGreaterThanOrEqual(seen);
  expect(entries.length).toBeLessThan(RUN);
  expectOneChain(entries, entries.length);
  await appendAll(after, tagged('afterwards', 1, 8));
  expectVerifies(unwrap(await call(after, 'exportAll', '2026-11-29T10:00:00.000Z')), entries.length + 1);
}

it('a renderer crashed mid-append leaves a complete chain', async () => {
  const browser = await launchChromium();
  try {
    const page = await openHarness(browser, harness.origin, 'renderer-crash');
    const crashed = new Promise<void>((done) => page.once('error', () => done()));
    const seen = await appendingUntil(page, 100);
    const session = await page.createCDPSession();
    session.send('Page.crash').catch(() => undefined);
    await crashed;

    await expectCompleteChain(await openHarness(browser, harness.origin, 'renderer-crash'), seen);
  } finally {
    await browser.close();
  }
});

it('a browser killed mid-append keeps every entry it had stored, as a complete chain', async () => {
  const first = await launchChromium(PROFILE);
  const page = await openHarness(first, harness.origin);
  const seen = await appendingUntil(page, 100);
  first.process()?.kill('SIGKILL');
  await new Promise((done) => first.process()?.once('exit', done));

  const second = await launchChromium(PROFILE);
  try {
    await expectCompleteChain(await openHarness(second, harness.origin), seen);
  } finally {
    await second.close();
  }
});

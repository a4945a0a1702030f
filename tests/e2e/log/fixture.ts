// The hooks every browser test file needs: the harness built and served for the whole file, and
// optionally one browser; persistent profiles named here are removed first so each run starts clean.

import { rm } from 'node:fs/promises';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { buildHarness, launchChromium, serveHarness, type HarnessServer } from './browser.ts';

export interface HarnessFixture {
  readonly origin: string;
  readonly browser: Browser;
}

export function useHarness(options: { browser?: boolean; profiles?: string[] } = {}): HarnessFixture {
  let server: HarnessServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    for (const profile of options.profiles ?? []) await rm(profile, { recursive: true, force: true });
    await buildHarness();
    server = await serveHarness();
    if (options.browser) browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get origin() {
      if (!server) throw new Error('the harness server is not running');
      return server.origin;
    },
    get browser() {
      if (!browser) throw new Error('this file asked for no shared browser');
      return browser;
    },
  };
}

// One built verifier page served and one Chromium for a test file: started before its tests, and
// after them checked to have asked for nothing but the page's own files, then closed. `compare`
// opens the compare view with two files and waits for the verdict or an error line.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { ROOT } from '../support/paths.ts';
import { WEB_MEDIA_DIR } from './make-web-media.ts';
import { expectOwnRequestsOnly, launchChromium, openPage, upload, type OpenedPage } from './page-driver.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface PageSession {
  open(): Promise<Page>;
  /** The page after comparing `original` with `copy`, and its verdict (null when it showed an error). */
  compare(original: string, copy: string, timeout?: number): Promise<{ page: Page; verdict: string | null }>;
}

export function pageSession(): PageSession {
  let server: StaticServer;
  let browser: Browser;
  const opened: OpenedPage[] = [];
  beforeAll(async () => {
    server = await serveStatic(`${ROOT}dist/verifier/`);
    browser = await launchChromium();
  });
  afterAll(async () => {
    expectOwnRequestsOnly(opened, server.origin);
    await browser?.close();
    await server?.close();
  });
  const open = async (): Promise<Page> => {
    const page = await openPage(browser, `${server.origin}/index.html`, `${WEB_MEDIA_DIR}downloads`);
    opened.push(page);
    await page.page.setViewport({ width: 1100, height: 900 });
    return page.page;
  };
  return {
    open,
    async compare(original, copy, timeout = 60_000) {
      const page = await open();
      await page.click('#tab-compare');
      await upload(page, 'original-file', original);
      await upload(page, 'copy-file', copy);
      await page.waitForSelector('[data-testid="verdict"], .error', { timeout });
      const verdict = await page.$eval('[data-testid="verdict"]', (e) => e.getAttribute('data-verdict')).catch(() => null);
      return { page, verdict };
    },
  };
}

// One built verifier page served and one Chromium for a test file: started before its tests, and
// after them checked to have asked for nothing but the page's own files, then closed. `compare`
// opens the compare view with two files and waits for the verdict or an error line. Downloads go to
// `downloads` (the web media's folder unless a test file keeps its own), or to the folder `open` is given.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { ROOT } from '../support/paths.ts';
import { WEB_MEDIA_DIR } from './make-web-media.ts';
import { expectOwnRequestsOnly, launchChromium, openPage, upload, type OpenedPage } from './page-driver.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface PageSession {
  open(downloads?: string): Promise<Page>;
  /** The page after comparing `original` with `copy`, its verdict (null when it showed an error), and the milliseconds from choosing the files to it. */
  compare(original: string, copy: string, timeout?: number): Promise<{ page: Page; verdict: string | null; ms: number }>;
}

export function pageSession(downloads = `${WEB_MEDIA_DIR}downloads`): PageSession {
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
  const open = async (into = downloads): Promise<Page> => {
    const page = await openPage(browser, `${server.origin}/index.html`, into);
    opened.push(page);
    await page.page.setViewport({ width: 1100, height: 900 });
    return page.page;
  };
  return {
    open,
    async compare(original, copy, timeout = 60_000) {
      const page = await open();
      await page.click('#tab-compare');
      const started = performance.now();
      await upload(page, 'original-file', original);
      await upload(page, 'copy-file', copy);
      await page.waitForSelector('[data-testid="verdict"], .error', { timeout });
      const ms = performance.now() - started;
      const verdict = await page.$eval('[data-testid="verdict"]', (e) => e.getAttribute('data-verdict')).catch(() => null);
      return { page, verdict, ms };
    },
  };
}

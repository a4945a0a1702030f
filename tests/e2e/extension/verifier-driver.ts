// Drives the extension's verifier page (the same page as the static one, so the static page's
// driver does the uploads): a comparison through the complaints handler's view.
import type { Page } from 'puppeteer-core';
import { upload } from '../web/page-driver.ts';

/** Compares `copy` with `original` on the page's compare tab and returns the verdict shown. */
export async function compareOnPage(page: Page, original: string, copy: string): Promise<string | null> {
  await page.click('#tab-compare');
  await upload(page, 'original-file', original);
  await upload(page, 'copy-file', copy);
  const verdict = await page.waitForSelector('[data-testid="verdict"]', { timeout: 60_000 });
  return verdict!.evaluate((element) => element.getAttribute('data-verdict'));
}

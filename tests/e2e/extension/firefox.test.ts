// Firefox smoke test: the Firefox build loads in Firefox ESR, its background answers, and the
// reminder appears on a call whose meeting runs inside a same-origin iframe (Zoom's PWA), bottom
// left where it belongs; a real click on it counts once it has stood still (Firefox has no
// IntersectionObserver v2, so the click guard's own hit test decides there).
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefoxWithExtension, type ExtensionBrowser } from '../support/browsers.ts';
import { fixtureHtml, serveFixtures } from '../support/fixture-server.ts';
import { ROOT } from '../support/paths.ts';

let run: ExtensionBrowser;

beforeAll(async () => {
  run = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await (run?.browser as Browser | undefined)?.close();
});

/**
 * The reminder's box, found from the page's side: Firefox's remote protocol does not expose closed
 * shadow roots, but the page's hit test returns the (closed) host wherever the panel is painted.
 */
async function panelBox(page: Page): Promise<{ left: number; right: number; top: number; bottom: number }> {
  return page.evaluate(() => {
    const hits = (x: number, y: number) => document.elementFromPoint(x, y)?.localName === 'opnamepact-reminder';
    const x = 40;
    let bottom = innerHeight - 1;
    while (bottom > 0 && !hits(x, bottom)) bottom--;
    let top = bottom;
    while (top > 0 && hits(x, top - 1)) top--;
    const y = top + 10;
    let right = x;
    while (right < innerWidth && hits(right + 1, y)) right++;
    let left = x;
    while (left > 0 && hits(left - 1, y)) left--;
    return { left, right, top, bottom };
  });
}

test('Firefox: the extension loads and reminds on a Zoom PWA call inside its iframe; a still, clear click counts', async () => {
  const options = await run.browser.newPage();
  await options.goto(`${run.extensionOrigin}/options.html`, { waitUntil: [] });
  await options.waitForSelector('select', { timeout: 10_000 });
  expect(await options.$eval('select', (select) => (select as HTMLSelectElement).value)).toBe('auto');
  await options.close();

  const url = 'https://app.zoom.us/wc/81234567890/join?fromPWA=1';
  const page = await run.browser.newPage();
  await page.setViewport({ width: 1000, height: 700 });
  const server = await serveFixtures(page);
  server.serve(url, fixtureHtml('zoom', 'pwa-outer'));
  server.serve('https://app.zoom.us/wc/81234567890/join?from=pwa', fixtureHtml('zoom', 'in-call'));
  await page.goto(url, { waitUntil: 'load' });
  // The leave button inside the iframe is enough here: Firefox's fake camera is not needed.
  await page.waitForFunction(() => document.elementFromPoint(40, innerHeight - 110)?.localName === 'opnamepact-reminder', { timeout: 5000 });
  const panel = await panelBox(page);
  // Bottom-left, above the platform's control bar (placement.ts: 16 px from the left, 96 from the bottom).
  expect(panel.left).toBe(16);
  expect(panel.bottom).toBe(700 - 96 - 1);
  await page.screenshot({ path: `${ROOT}docs/screenshots/reminder-zoom-pwa-firefox.png` });

  // The bar's last button closes the reminder: 28 px square, inside the 2 px border and 4/6 px of
  // padding, left of the panel's scrollbar where Firefox draws one (12 px).
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await page.mouse.click(panel.right - 28, panel.top + 2 + 4 + 14);
  await page.waitForFunction(() => document.querySelector('opnamepact-reminder') === null, { timeout: 3000 });
  expect(server.unexpected).toEqual([]);
});

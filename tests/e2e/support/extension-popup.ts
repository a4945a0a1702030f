// The extension's popup for a call tab, opened the way staff open it (the toolbar action), and
// what it says about the tab's call.
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './browsers.ts';

export async function openPopupFor(run: ExtensionBrowser, page: Page): Promise<Page> {
  const extension = (await run.browser.extensions()).get(run.extensionId);
  if (extension === undefined) throw new Error('extension not listed');
  await extension.triggerAction(page);
  const target = await run.browser.waitForTarget((candidate) => candidate.url() === `${run.extensionOrigin}/popup.html`);
  return target.asPage();
}

export interface PopupReport {
  /** e.g. "Jitsi Meet: In a call · The platform is recording" */
  state: string;
  /** The detection health line. */
  health: string;
}

/** Opens the popup for a tab in a call, reads it and closes it. */
export async function popupReport(run: ExtensionBrowser, page: Page): Promise<PopupReport> {
  const popup = await openPopupFor(run, page);
  await popup.waitForSelector('[data-detection-health]', { timeout: 3000 }).catch(async (error: unknown) => {
    const shown = await popup.$eval('main', (main) => main.textContent ?? '').catch(() => '(no popup content)');
    throw new Error(`popup shows no detection health line: ${shown.slice(0, 200)}`, { cause: error });
  });
  const report = await popup.evaluate(() => ({
    state: document.querySelector('[data-tab-state]')?.textContent ?? '',
    health: document.querySelector('[data-detection-health]')?.textContent ?? '',
  }));
  await popup.close();
  return report;
}

// Finds the reminder from the test side. It lives in a closed shadow root, which page scripts
// cannot enter; the DevTools protocol's accessibility tree (puppeteer's aria/ queries) can.
import type { ElementHandle, Page } from 'puppeteer-core';

export const REGION_LABEL = {
  en: 'Opnamepact: recording rules for this call',
  nl: 'Opnamepact: opnameregels voor dit gesprek',
} as const;

export type ReminderLanguage = keyof typeof REGION_LABEL;

const selector = (language: ReminderLanguage): string => `aria/${REGION_LABEL[language]}[role="region"]`;

export async function waitForReminder(page: Page, language: ReminderLanguage = 'en', timeout = 1000): Promise<ElementHandle<Element>> {
  const handle = await page.waitForSelector(selector(language), { visible: true, timeout });
  if (handle === null) throw new Error('reminder not found');
  return handle;
}

export async function reminderPresent(page: Page, language: ReminderLanguage = 'en'): Promise<boolean> {
  return (await page.$(selector(language))) !== null;
}

export interface ReminderContent {
  prompt: string;
  rules: string[];
  collapsed: boolean;
}

export async function readReminder(handle: ElementHandle<Element>): Promise<ReminderContent> {
  return handle.evaluate((region) => ({
    prompt: region.querySelector('[data-prompt]')?.textContent ?? '',
    rules: [...region.querySelectorAll('[data-rule]')].map((rule) => rule.getAttribute('data-rule') ?? ''),
    collapsed: region.querySelector('[data-toggle]')?.getAttribute('aria-expanded') === 'false',
  }));
}

/**
 * Waits until the reminder's prompt contains `text` (prompts update in place). The wait is generous:
 * prompts have no latency requirement, and a loaded CI machine is slow to poll.
 */
export async function waitForPrompt(page: Page, text: string, language: ReminderLanguage = 'en', timeout = 10_000): Promise<ReminderContent> {
  const deadline = Date.now() + timeout;
  let last: ReminderContent | null = null;
  while (Date.now() < deadline) {
    const handle = await page.$(selector(language));
    if (handle !== null) {
      last = await readReminder(handle);
      if (last.prompt.includes(text)) return last;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`prompt "${text}" did not appear within ${timeout} ms (last: ${JSON.stringify(last)})`);
}

/** An element inside the reminder (its closed shadow root is reachable from the region handle). */
export async function inReminder(region: ElementHandle<Element>, selector: string): Promise<ElementHandle<Element>> {
  const handle = await region.evaluateHandle((element, inner) => element.querySelector(inner), selector);
  const element = handle.asElement();
  if (element === null) throw new Error(`no ${selector} in the reminder`);
  return element as ElementHandle<Element>;
}

/**
 * Waits until clicks on the panel count: it has stood still for the settle time and nothing covers
 * it (`settled` false waits for the opposite, e.g. once a decoy is laid over it).
 */
export async function waitForSettled(region: ElementHandle<Element>, settled = true, timeout = 5000): Promise<void> {
  await region.evaluate(
    (element, wanted, ms) =>
      new Promise<void>((done, fail) => {
        const deadline = performance.now() + ms;
        const check = () => {
          if (element.getAttribute('data-settled') === String(wanted)) done();
          else if (performance.now() > deadline) fail(new Error(`data-settled stayed ${element.getAttribute('data-settled')}`));
          else setTimeout(check, 20);
        };
        check();
      }),
    settled,
    timeout,
  );
}

/** What the panel says about a click that did not count ('' when the last one counted). */
export async function guardStatus(region: ElementHandle<Element>): Promise<string> {
  return region.evaluate((element) => element.querySelector('[data-guard-status]')?.textContent ?? '');
}

/** Clicks one of the reminder's log buttons and waits until the background confirmed the entry. */
export async function logNotice(region: ElementHandle<Element>, notice: string): Promise<void> {
  await waitForSettled(region);
  await (await inReminder(region, `[data-notice="${notice}"]`)).click();
  const status = await inReminder(region, '[data-log-status]');
  await status.evaluate(
    (element) =>
      new Promise<void>((done, fail) => {
        const check = () => {
          const text = element.textContent ?? '';
          if (text.startsWith('Logged')) done();
          else if (text.startsWith('Not logged')) fail(new Error(text));
          else setTimeout(check, 20);
        };
        check();
      }),
  );
}

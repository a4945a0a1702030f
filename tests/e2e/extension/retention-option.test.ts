// The options page's retention period: in Chromium the staff member sets it (a wrong value is
// refused with a message and not saved); in Firefox ESR, with the period set by the organisation
// through managed storage, the field shows that value read-only with the note.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, describe, expect, test } from 'vitest';
import type { EffectiveSettings } from '../../../extension/settings/types.ts';
import { seriousViolations } from '../support/axe.ts';
import { launchChromiumWithExtension, launchFirefoxWithExtension, type ExtensionBrowser } from '../support/browsers.ts';
import { sendFrom } from '../support/extension-log.ts';
import { ROOT } from '../support/paths.ts';

const FIREFOX_HOME = `${ROOT}tests/.generated/extension-retention/home`;
const opened: ExtensionBrowser[] = [];

afterAll(async () => {
  await Promise.all(opened.map(({ browser }) => (browser as Browser).close()));
});

async function setRetention(options: Page, days: string): Promise<void> {
  await options.click('#retention-days', { count: 3 });
  await options.keyboard.type(days);
  await options.keyboard.press('Tab');
}

async function stored(options: Page): Promise<EffectiveSettings> {
  const reply = await sendFrom(options, { type: 'settings/get' });
  if (!reply.ok) throw new Error(`settings/get failed: ${reply.error}`);
  return reply.value as EffectiveSettings;
}

describe('Chromium', () => {
  test('the retention period starts at the default, is saved when valid and refused when not', async () => {
    const run = await launchChromiumWithExtension();
    opened.push(run);
    const options = await run.browser.newPage();
    await options.goto(`${run.extensionOrigin}/options.html`, { waitUntil: 'load' });
    const field = await options.waitForSelector('#retention-days');
    expect(await field!.evaluate((input) => (input as HTMLInputElement).value)).toBe('730');

    await setRetention(options, '365');
    await options.waitForFunction(() => document.querySelector('[role="status"]')?.textContent !== '', { timeout: 2000 });
    expect((await stored(options)).settings.retentionDays).toBe(365);

    await setRetention(options, '0');
    await options.waitForFunction(() => document.querySelector('[data-retention-error]')?.textContent !== '', { timeout: 2000 });
    expect(await field!.evaluate((input) => input.getAttribute('aria-invalid'))).toBe('true');
    expect((await stored(options)).settings.retentionDays).toBe(365);
    expect(await seriousViolations(options)).toEqual([]);

    await options.reload({ waitUntil: 'load' });
    const reloaded = await options.waitForSelector('#retention-days');
    expect(await reloaded!.evaluate((input) => (input as HTMLInputElement).value)).toBe('365');
  });
});

describe('Firefox', () => {
  test('a period set by the organisation wins and is shown read-only with the note', async () => {
    // Firefox reads an extension's managed storage from ~/.mozilla/managed-storage/<add-on id>.json.
    rmSync(FIREFOX_HOME, { recursive: true, force: true });
    mkdirSync(`${FIREFOX_HOME}/.mozilla/managed-storage`, { recursive: true });
    writeFileSync(
      `${FIREFOX_HOME}/.mozilla/managed-storage/opnamepact@opnamepact.nl.json`,
      JSON.stringify({ name: 'opnamepact@opnamepact.nl', description: 'organisation settings', type: 'storage', data: { retentionDays: 365 } }),
    );
    const run = await launchFirefoxWithExtension({ env: { ...process.env, HOME: FIREFOX_HOME } });
    opened.push(run);
    const options = await run.browser.newPage();
    await options.goto(`${run.extensionOrigin}/options.html`, { waitUntil: [] });
    const field = await options.waitForSelector('#retention-days', { timeout: 10_000 });
    expect(
      await field!.evaluate((input) => ({
        value: (input as HTMLInputElement).value,
        disabled: input.matches(':disabled'),
        note: input.closest('fieldset')?.querySelector('.locked')?.textContent,
      })),
    ).toEqual({ value: '365', disabled: true, note: 'Set by your organisation' });
  });
});

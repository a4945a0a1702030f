// The options page's retention period: a floor (the default 730 days, or the organisation's period
// from managed storage) that the staff member may only lengthen. In Chromium a longer period is
// saved and a shorter or invalid one refused with a message; in Firefox ESR the organisation's
// period is the floor shown and used.
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
  test('the retention period starts at the default floor, is saved when longer and refused when shorter or invalid', async () => {
    const run = await launchChromiumWithExtension();
    opened.push(run);
    const options = await run.browser.newPage();
    await options.goto(`${run.extensionOrigin}/options.html`, { waitUntil: 'load' });
    const field = await options.waitForSelector('#retention-days');
    expect(await field!.evaluate((input) => (input as HTMLInputElement).value)).toBe('730');

    expect(await options.$eval('[data-retention-floor]', (element) => element.getAttribute('data-retention-floor'))).toBe('730');
    await setRetention(options, '1000');
    await options.waitForFunction(() => document.querySelector('[role="status"]')?.textContent !== '', { timeout: 2000 });
    expect((await stored(options)).settings.retentionDays).toBe(1000);

    await setRetention(options, '365');
    await options.waitForFunction(() => /lengthened/.test(document.querySelector('[data-retention-error]')?.textContent ?? ''), { timeout: 2000 });
    expect(await field!.evaluate((input) => input.getAttribute('aria-invalid'))).toBe('true');
    expect((await stored(options)).settings.retentionDays).toBe(1000);

    await setRetention(options, '0');
    await options.waitForFunction(() => /whole number/.test(document.querySelector('[data-retention-error]')?.textContent ?? ''), { timeout: 2000 });
    expect((await stored(options)).settings.retentionDays).toBe(1000);
    expect(await seriousViolations(options)).toEqual([]);

    await options.reload({ waitUntil: 'load' });
    const reloaded = await options.waitForSelector('#retention-days');
    expect(await reloaded!.evaluate((input) => (input as HTMLInputElement).value)).toBe('1000');
    // Even a message that bypasses the field cannot shorten the period below the floor.
    const bypass = await sendFrom(options, { type: 'settings/save', settings: { ...(await stored(options)).settings, retentionDays: 1 } });
    expect(bypass.value).toMatchObject({ settings: { retentionDays: 730 } });
  });
});

describe('Firefox', () => {
  test('a period set by the organisation is the floor: shown and used, and only longer periods are allowed', async () => {
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
        min: (input as HTMLInputElement).min,
        disabled: input.matches(':disabled'),
        floor: input.closest('fieldset')?.querySelector('[data-retention-floor]')?.textContent,
      })),
    ).toEqual({ value: '365', min: '365', disabled: false, floor: 'At least (set by your organisation or by default): 365' });
    expect((await stored(options)).retentionFloor).toBe(365);
  });
});

// Drives the built verifier page in headless Chromium: launch, record network, upload files,
// read the results the way a user sees them.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { QUIET_CHROMIUM_ARGS } from '../support/browsers.ts';
import { CHROMIUM } from '../support/paths.ts';

export const PAGE_ARGS = [...QUIET_CHROMIUM_ARGS, '--lang=nl-NL'];

export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: PAGE_ARGS });
}

export interface OpenedPage {
  page: Page;
  /** Every URL the page or its workers asked for, recorded through CDP. */
  requests: string[];
  errors: string[];
}

/** Checks, after the pages' work, that they fetched only the page's own files and workers and logged no errors. */
export function expectOwnRequestsOnly(opened: readonly OpenedPage[], origin: string): void {
  for (const { requests, errors } of opened) {
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
  }
}

export async function openPage(browser: Browser, url: string, downloadDir: string): Promise<OpenedPage> {
  const page = await browser.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (event) => requests.push(event.request.url));
  mkdirSync(downloadDir, { recursive: true });
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloadDir });
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('#tab-client');
  return { page, requests, errors };
}

export async function upload(page: Page, inputId: string, file: string): Promise<void> {
  const input = await page.waitForSelector(`#${inputId}`);
  if (!input) throw new Error(`no #${inputId}`);
  await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
}

export async function text(page: Page, selector: string): Promise<string> {
  const handle = await page.waitForSelector(selector, { timeout: 30_000 });
  return (await handle!.evaluate((e) => (e as HTMLElement).innerText)).trim();
}

export interface ShownSegment {
  bar: string;
  kind: string;
  start: number;
  end: number;
}

export function timelineSegments(page: Page): Promise<ShownSegment[]> {
  return page.$$eval('[data-testid="timeline"] g[data-kind]', (groups) =>
    groups.map((g) => ({
      bar: g.closest('[data-bar]')?.getAttribute('data-bar') ?? '',
      kind: g.getAttribute('data-kind') ?? '',
      start: Number(g.getAttribute('data-start')),
      end: Number(g.getAttribute('data-end')),
    })),
  );
}

/** Waits for a finished download (no .crdownload left) whose name ends with `suffix`. */
export async function waitForDownload(dir: string, suffix: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const names = readdirSync(dir);
    const done = names.find((n) => n.endsWith(suffix));
    if (done && !names.some((n) => n.endsWith('.crdownload'))) return readFileSync(`${dir}/${done}`, 'utf8');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no download ending in ${suffix} in ${dir}`);
}

// Node side of the log tests and the bench: bundles the harness with esbuild, serves it from a
// localhost server (one origin for the whole run, so IndexedDB data survives browser restarts) and
// launches Debian's Chromium through puppeteer-core.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { EntryDraft } from '../../../shared/consent/entry.ts';
import type { LogHarness } from './harness.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const GENERATED = resolve(here, '../../.generated/log');

export async function buildHarness(): Promise<void> {
  await mkdir(GENERATED, { recursive: true });
  await build({
    entryPoints: [join(here, 'harness.ts')],
    bundle: true,
    format: 'esm',
    target: 'chrome120',
    outfile: join(GENERATED, 'harness.js'),
    logLevel: 'error',
  });
  await writeFile(join(GENERATED, 'index.html'), '<!doctype html><meta charset="utf-8"><title>log harness</title><script type="module" src="harness.js"></script>\n');
}

export interface HarnessServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveHarness(): Promise<HarnessServer> {
  const files: Record<string, [string, string]> = {
    '/': ['index.html', 'text/html; charset=utf-8'],
    '/harness.js': ['harness.js', 'text/javascript; charset=utf-8'],
  };
  const server: Server = createServer((request, response) => {
    const file = files[request.url ?? ''];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    readFile(join(GENERATED, file[0])).then(
      (body) => response.writeHead(200, { 'content-type': file[1] }).end(body),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export function launchChromium(userDataDir?: string): Promise<Browser> {
  return puppeteer.launch({
    executablePath: '/usr/lib/chromium/chromium',
    headless: true,
    ...(userDataDir === undefined ? {} : { userDataDir }),
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync',
    ],
  });
}

/** Opens the harness page and the log store in it; `prepare` runs before the store opens. */
export async function openHarness(browser: Browser, origin: string, dbName?: string, prepare?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  await prepare?.(page);
  await page.waitForFunction(() => 'logHarness' in globalThis);
  const opened = await call(page, 'open', dbName);
  if (!opened.ok) throw new Error(`the log store did not open: ${opened.message}`);
  return page;
}

type Method = keyof LogHarness;

/** Calls a harness method in the page and returns its (JSON) result. */
export function call<M extends Method>(page: Page, method: M, ...args: Parameters<LogHarness[M]>): Promise<Awaited<ReturnType<LogHarness[M]>>> {
  return page.evaluate(
    (name, list) => (globalThis as unknown as { logHarness: Record<string, (...a: unknown[]) => unknown> }).logHarness[name]?.(...list),
    method,
    args as unknown[],
  ) as Promise<Awaited<ReturnType<LogHarness[M]>>>;
}

/** The value of a harness call that must succeed. */
export function unwrap<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/** Appends drafts one after another in the page; fails the test on the first refused append. */
export async function appendAll(page: Page, drafts: EntryDraft[]): Promise<void> {
  const { written, failure } = await call(page, 'appendAll', drafts);
  if (failure !== null) throw new Error(`append ${written} failed: ${failure.message}`);
}

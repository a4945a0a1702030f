// What the page benchmarks share: headless Chromium, a static server for the built page (plus a
// blank page of the same origin), and the memory of Chromium's process tree as PSS (shared pages
// split among their users).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';

/** @param protocolTimeout ms a DevTools call may take: a 4 GiB file on a busy machine takes minutes (puppeteer's default is 3). */
export function launchChromium(protocolTimeout) {
  return puppeteer.launch({
    executablePath: '/usr/lib/chromium/chromium',
    headless: true,
    protocolTimeout,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

export function serve(dir) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path === '/blank.html') return response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>bench</title>');
    const file = `${dir}${path === '/' ? 'index.html' : path.slice(1)}`;
    if (path.includes('..') || !existsSync(file)) return response.writeHead(404).end();
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html';
    response.writeHead(200, { 'content-type': type }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Proportional set size in KiB of a process and all its descendants. */
export function treePss(pid) {
  let total = 0;
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while being listed.
    }
  }
  const visit = (p) => {
    try {
      total += Number(/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${p}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      return;
    }
    for (const child of children.get(p) ?? []) visit(child);
  };
  visit(pid);
  return total;
}

/** Polls treePss(pid) every `ms` until the returned function is called, which gives the peak. */
export function pollPeakPss(pid, ms = 200) {
  let peak = treePss(pid);
  const poll = setInterval(() => (peak = Math.max(peak, treePss(pid))), ms);
  return () => {
    clearInterval(poll);
    return Math.max(peak, treePss(pid));
  };
}

/**
 * Chooses `file` in the page's client view and waits for its code: the seconds from choosing to the
 * code on screen, and the code. Reloads the page first unless told not to.
 */
export async function fingerprintInPage(page, file, { reload = true, timeout = 600_000 } = {}) {
  if (reload) await page.reload({ waitUntil: 'load' });
  const input = await page.waitForSelector('#client-file');
  const started = performance.now();
  await input.uploadFile(file);
  const shown = await page.waitForSelector('#full-code, .error', { timeout });
  const seconds = (performance.now() - started) / 1000;
  const error = await shown.evaluate((e) => (e.classList.contains('error') ? e.textContent : null));
  if (error) throw new Error(`${file}: the page reported: ${error}`);
  const code = await page.$eval('#full-code', (e) => e.textContent.trim());
  return { seconds, code };
}

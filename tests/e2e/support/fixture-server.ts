// Serves fixture pages at real platform URLs through request interception. Every other request is
// aborted and recorded, so a test also proves the page (and our content script in it) reached for
// nothing else.
import { readFileSync } from 'node:fs';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { PLATFORM_FIXTURES_DIR } from './paths.ts';

export function fixtureHtml(platform: string, state: string): string {
  return readFileSync(`${PLATFORM_FIXTURES_DIR}/${platform}/${state}.html`, 'utf8');
}

/** The inner HTML of a fixture's <body>, for swapping a page's content as a single-page app does. */
export function fixtureBody(platform: string, state: string): string {
  const html = fixtureHtml(platform, state);
  const match = /<body>([\s\S]*)<\/body>/.exec(html);
  if (match?.[1] === undefined) throw new Error(`${platform}/${state}.html: no <body>`);
  return match[1];
}

export interface FixtureServer {
  /** Requests that were not for a served URL (and were aborted). */
  unexpected: string[];
  serve(url: string, html: string): void;
}

export async function serveFixtures(page: Page): Promise<FixtureServer> {
  const routes = new Map<string, string>();
  const unexpected: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    const body = routes.get(url.split('#')[0] ?? url);
    // The browser itself asks every site for its icon; the page did not.
    if (new URL(url).pathname === '/favicon.ico') {
      void request.respond({ status: 404, body: '' });
      return;
    }
    if (body !== undefined) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      return;
    }
    if (!url.startsWith('data:') && !url.startsWith('chrome-extension:') && !url.startsWith('moz-extension:')) unexpected.push(url);
    void request.abort();
  });
  return { unexpected, serve: (url, html) => routes.set(url, html) };
}

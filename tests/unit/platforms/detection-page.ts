// A real Chromium page with the extension's detection code bundled in (detect-entry.ts), and fixture
// pages served at the platforms' real https URLs through request interception, so that same-origin
// iframes (Zoom's PWA, Webex) load their inner page like on the live site.
import { build } from 'esbuild';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { MachineState } from '../../../extension/detect/phase-machine.ts';
import type { OverrideHints } from '../../../extension/platforms/with-overrides.ts';
import { CHROMIUM } from '../../e2e/support/paths.ts';
import { attachCamera } from '../../e2e/support/call-page.ts';

export interface Detected {
  platform: string;
  phase: string;
  recording: boolean;
  cues: { phase: string | null; recording: string | null; fallbackOnly: boolean; override: boolean };
}

export type Observed = Pick<MachineState, 'phase' | 'recording'> & { cues: Detected['cues'] };

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Detector {
  detectCall(url: string, extra?: OverrideHints): Detected;
  observe(url: string): Observed;
  reset(): void;
  embedEvents(): unknown[];
  indicatorBoxes(url: string): Box[];
  allHints(): { platform: string; kind: string; selector: string; text?: string; source: string; note: string }[];
}

export interface DetectionPage {
  browser: Browser;
  page: Page;
  /** Serves `html` at `url` (every other request gets an empty page). */
  serve(url: string, html: string): void;
  /** Loads `url` (served before), attaches the fake camera in every same-origin frame, and installs the detector. */
  open(url: string): Promise<void>;
  call<K extends keyof Detector>(name: K, ...args: Parameters<Detector[K]>): Promise<ReturnType<Detector[K]>>;
}

/** A test entry (next to this file) bundled for evaluation in the page. */
export async function bundleEntry(file: string): Promise<string> {
  const bundle = await build({ entryPoints: [new URL(`./${file}`, import.meta.url).pathname], bundle: true, write: false, format: 'iife', target: 'es2022' });
  return bundle.outputFiles[0]?.text ?? '';
}

export async function openDetectionPage(): Promise<DetectionPage> {
  const detector = await bundleEntry('detect-entry.ts');
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  });
  const page = await browser.newPage();
  const routes = new Map<string, string>();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const body = routes.get(request.url().split('#')[0] ?? '') ?? '<!doctype html><title>t</title>';
    void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
  return {
    browser,
    page,
    serve: (url, html) => routes.set(url.split('#')[0] ?? url, html),
    async open(url) {
      await page.goto(url, { waitUntil: 'load' });
      for (const frame of page.frames()) {
        // Cross-origin frames are the embedded rooms' business; the camera goes into the call's own documents.
        if (new URL(frame.url()).origin === new URL(url).origin) await attachCamera(frame);
      }
      await page.evaluate(detector);
    },
    call: (name, ...args) =>
      page.evaluate((method, params) => {
        const api = (globalThis as unknown as { detector: Record<string, (...values: unknown[]) => unknown> }).detector;
        return api[method]?.(...params);
      }, name, args as unknown[]) as never,
  };
}

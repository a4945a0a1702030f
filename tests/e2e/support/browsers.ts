// Launching real browsers with the built extension. Chromium gets a fake camera, so fixture pages
// carry real live MediaStreams.
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type WebWorker } from 'puppeteer-core';
import { CHROME_EXTENSION_DIR, CHROMIUM, FIREFOX, FIREFOX_EXTENSION_DIR } from './paths.ts';

/** Chromium's flags for every test here: headless as root, and no background traffic (this machine's
 * network is closed, and the no-network assertions must see only what the product does). */
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** For call pages: also a fake camera and microphone. */
export const CHROMIUM_ARGS = [
  ...QUIET_CHROMIUM_ARGS,
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--lang=en-US',
];

export interface ExtensionBrowser {
  browser: Browser;
  extensionId: string;
  /** The extension's own pages are at this origin (chrome-extension:// or moz-extension://). */
  extensionOrigin: string;
}

function requireBuilt(dir: string): void {
  if (!existsSync(`${dir}/manifest.json`)) throw new Error(`${dir}: no built extension; run "npm run build:ext" first`);
}

/** `userDataDir` keeps the profile (and the extension's IndexedDB) for a later launch. */
export async function launchChromiumWithExtension(options: { extraArgs?: string[]; extensionDir?: string; userDataDir?: string } = {}): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? CHROME_EXTENSION_DIR;
  requireBuilt(dir);
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    pipe: true,
    enableExtensions: true,
    headless: true,
    ...(options.userDataDir === undefined ? {} : { userDataDir: options.userDataDir }),
    args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
  });
  const extensionId = await browser.installExtension(dir);
  await browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().startsWith(`chrome-extension://${extensionId}/`));
  return { browser, extensionId, extensionOrigin: `chrome-extension://${extensionId}` };
}

export async function extensionWorker(browser: Browser, extensionId: string): Promise<WebWorker> {
  const target = await browser.waitForTarget((candidate) => candidate.type() === 'service_worker' && candidate.url().startsWith(`chrome-extension://${extensionId}/`));
  const worker = await target.worker();
  if (worker === null) throw new Error('extension service worker has no worker handle');
  return worker;
}

/** A fixed extension UUID for Firefox, so moz-extension:// URLs are known in advance. */
export const FIREFOX_EXTENSION_UUID = '3c6e1f0a-7d2b-4b8e-9a51-0c4f2d6e8b17';
const FIREFOX_ADDON_ID = 'opnamepact@opnamepact.nl';

/** `env`: e.g. a HOME whose .mozilla/managed-storage/ holds the organisation's managed settings. */
export async function launchFirefoxWithExtension(options: { env?: NodeJS.ProcessEnv } = {}): Promise<ExtensionBrowser> {
  requireBuilt(FIREFOX_EXTENSION_DIR);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    ...(options.env === undefined ? {} : { env: options.env }),
    enableExtensions: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_EXTENSION_UUID }),
      'media.navigator.streams.fake': true,
      'media.navigator.permission.disabled': true,
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US',
    },
  });
  const extensionId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return { browser, extensionId, extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}` };
}

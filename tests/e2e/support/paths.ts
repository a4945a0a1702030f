import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CHROME_EXTENSION_DIR = `${ROOT}dist/extension/chrome-mv3`;
export const FIREFOX_EXTENSION_DIR = `${ROOT}dist/extension/firefox-mv3`;
export const PLATFORM_FIXTURES_DIR = `${ROOT}tests/fixtures/platforms`;
export const AXE_SOURCE = `${ROOT}node_modules/axe-core/axe.min.js`;
export const CHROMIUM = '/usr/lib/chromium/chromium';
export const FIREFOX = '/usr/bin/firefox-esr';

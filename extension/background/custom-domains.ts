// Custom call domains: the content script is registered at run time for the domains whose host
// permission the staff member granted in the options page (and only those still granted).
import { browser } from 'wxt/browser';
import { originPattern } from '../settings/sanitize.ts';
import { loadSettings } from './settings-store.ts';

const SCRIPT_ID = 'opnamepact-custom-domains';
const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

export async function syncCustomDomains(): Promise<{ registered: string[] }> {
  const { settings } = await loadSettings();
  const granted: string[] = [];
  for (const host of settings.customDomains) {
    if (await browser.permissions.contains({ origins: [originPattern(host)] })) granted.push(host);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length > 0 && settings.enabledPlatforms.includes('custom')) {
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: granted.map(originPattern), js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return { registered: granted };
}

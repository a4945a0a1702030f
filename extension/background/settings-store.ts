// Settings in browser.storage.local (never sync: nothing leaves the device) merged with the
// organisation's managed storage.
import { browser } from 'wxt/browser';
import { mergeSettings } from '../settings/merge.ts';
import { sanitizeSettings } from '../settings/sanitize.ts';
import type { EffectiveSettings, Settings } from '../settings/types.ts';

const KEY = 'settings';

async function readManaged(): Promise<unknown> {
  try {
    return await browser.storage.managed.get(null);
  } catch {
    // Firefox rejects when no policy sets managed storage for the extension: nothing managed.
    return {};
  }
}

export async function loadSettings(): Promise<EffectiveSettings> {
  const [local, managed] = await Promise.all([browser.storage.local.get(KEY), readManaged()]);
  return mergeSettings(sanitizeSettings(local[KEY]), sanitizeSettings(managed));
}

/**
 * Stores the staff member's own choices only: locked keys and hint overrides belong to the
 * organisation, and a stored copy would outlive their removal from the policy.
 */
export async function saveSettings(settings: Settings): Promise<EffectiveSettings> {
  const { locked } = await loadSettings();
  const clean = sanitizeSettings(settings);
  for (const key of [...locked, 'hintOverrides' as const]) delete clean[key];
  await browser.storage.local.set({ [KEY]: clean });
  return loadSettings();
}

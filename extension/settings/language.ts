import type { Language } from '../../shared/rules/index.ts';
import type { LanguageSetting } from './types.ts';

/** The set language, or else the browser's: English for an English browser, Dutch otherwise. */
export function resolveLanguage(setting: LanguageSetting, browserLanguage: string): Language {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

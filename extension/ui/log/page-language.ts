// The language of an extension page, from the settings (or the browser when set to follow it).
import type { Language } from '../../../shared/rules/index.ts';
import { send } from '../../send.ts';
import { resolveLanguage } from '../../settings/language.ts';

export async function pageLanguage(): Promise<Language> {
  const { settings } = await send({ type: 'settings/get' });
  const language = resolveLanguage(settings.language, navigator.language);
  document.documentElement.lang = language;
  return language;
}

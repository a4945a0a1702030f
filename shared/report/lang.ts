// The languages of human-readable output: Dutch first (the organisation's), English.

export type Lang = 'nl' | 'en';

export function isLang(value: unknown): value is Lang {
  return value === 'nl' || value === 'en';
}

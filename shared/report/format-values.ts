// Numbers as a complaints handler reads them: times as mm:ss.s (h:mm:ss.s from an hour on), byte
// counts with the language's thousands separator.
import type { Lang } from './lang.ts';

export function formatTime(seconds: number): string {
  const tenths = Math.round(seconds * 10);
  const h = Math.floor(tenths / 36000);
  const m = Math.floor((tenths % 36000) / 600);
  const s = (tenths % 600) / 10;
  const ss = s.toFixed(1).padStart(4, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${String(m).padStart(2, '0')}:${ss}`;
}

export function formatCount(n: number, lang: Lang): string {
  const separator = lang === 'nl' ? '.' : ',';
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

export function formatDuration(seconds: number, lang: Lang): string {
  const text = seconds.toFixed(1);
  return `${lang === 'nl' ? text.replace('.', ',') : text} s`;
}

/** A precision in seconds, to two decimals (0.02 s, 0.3 s): finer than the times it qualifies. */
export function formatPrecision(seconds: number, lang: Lang): string {
  const text = String(Math.round(seconds * 100) / 100);
  return `${lang === 'nl' ? text.replace('.', ',') : text} s`;
}

// Hands the chosen session to the print page without naming it in the URL: a case reference in
// `print.html?session=…` would land in the browser history, which sync may carry off the device
// (F11). The URL holds a random token; the session sits in session storage (memory, until the
// browser closes), readable only by the extension's own pages.
import { browser } from 'wxt/browser';
import type { SessionKey } from '../../../shared/consent/export-format.ts';

const storageKey = (token: string): string => `print:${token}`;

export async function handOffToPrint(session: SessionKey): Promise<string> {
  const token = Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) => byte.toString(16).padStart(2, '0')).join('');
  await browser.storage.session.set({ [storageKey(token)]: session });
  return token;
}

export async function sessionForPrint(token: string): Promise<SessionKey | null> {
  if (!/^[0-9a-f]{24}$/.test(token)) return null;
  const stored = (await browser.storage.session.get(storageKey(token)))[storageKey(token)];
  return (stored as SessionKey | undefined) ?? null;
}

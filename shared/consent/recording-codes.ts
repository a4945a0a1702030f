// Recording codes as typed or read aloud: the short form is the code's first 12 hex digits, shown
// in groups of four. Two registrations match only when both full codes are equal; when either
// party registered only the short form, agreeing short forms are reported as just that (48 bits
// can be ground to order, so they are no proof of the same file).

import type { Entry } from './entry.ts';

/** Accepts "3F2A 9C01 B7DE", "3f2a-9c01-b7de" or a full code; null when it is neither. */
export function normalizeShortCode(text: string): string | null {
  const digits = text.trim().toLowerCase().replace(/[\s-]/g, '');
  return /^[0-9a-f]{12}$/.test(digits) || /^[0-9a-f]{64}$/.test(digits) ? digits.slice(0, 12) : null;
}

export function formatShortCode(code: string): string {
  return code.slice(0, 12).match(/.{1,4}/g)?.join(' ') ?? '';
}

export type Registration = Extract<Entry, { kind: 'recording-registered' }>;

/** `match`: equal full codes; `short-only`: the first 12 digits agree but a full code is missing. */
export type CodeMatch = 'match' | 'short-only' | 'differ';

export function registrationsMatch(a: Registration, b: Registration): CodeMatch {
  if (a.code !== null && b.code !== null) return a.code === b.code ? 'match' : 'differ';
  return (a.code ?? a.shortCode ?? '').slice(0, 12) === (b.code ?? b.shortCode ?? '').slice(0, 12) ? 'short-only' : 'differ';
}

export interface CodeStatus {
  staff: Registration | null;
  client: Registration | null;
  /** Null until both parties' codes are registered. */
  match: CodeMatch | null;
}

/** The latest registration of each party among `entries` and whether the two agree. */
export function codeStatus(entries: readonly Entry[]): CodeStatus {
  const latest = (party: 'staff' | 'client') =>
    entries.filter((entry): entry is Registration => entry.kind === 'recording-registered' && entry.party === party).at(-1) ?? null;
  const staff = latest('staff');
  const client = latest('client');
  return { staff, client, match: staff && client ? registrationsMatch(staff, client) : null };
}

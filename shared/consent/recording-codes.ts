// Recording codes as typed or read aloud: the short form is the code's first 12 hex digits, shown
// in groups of four. Two registrations match when their common digits agree.

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

/** Compares what both registrations hold: the full codes when both have them, else the short form. */
export function registrationsMatch(a: Registration, b: Registration): boolean {
  if (a.code !== null && b.code !== null) return a.code === b.code;
  return (a.code ?? a.shortCode ?? '').slice(0, 12) === (b.code ?? b.shortCode ?? '').slice(0, 12);
}

export interface CodeStatus {
  staff: Registration | null;
  client: Registration | null;
  /** Null until both parties' codes are registered. */
  match: boolean | null;
}

/** The latest registration of each party among `entries` and whether the two agree. */
export function codeStatus(entries: readonly Entry[]): CodeStatus {
  const latest = (party: 'staff' | 'client') =>
    entries.filter((entry): entry is Registration => entry.kind === 'recording-registered' && entry.party === party).at(-1) ?? null;
  const staff = latest('staff');
  const client = latest('client');
  return { staff, client, match: staff && client ? registrationsMatch(staff, client) : null };
}

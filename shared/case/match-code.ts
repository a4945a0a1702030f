// Which registrations in a verified consent log a presented copy's code matches. Only equal full
// codes are a match; a registration that holds only the short form can say no more than "the first
// 12 digits agree" (48 bits can be ground to order, so that is no proof of the same file).
import type { Entry, Link } from '../consent/entry.ts';
import type { CodeMatch, Registration } from '../consent/recording-codes.ts';

export interface RegistrationMatch {
  seq: number;
  party: 'staff' | 'client';
  /** When it was registered (the entry's time). */
  time: string;
  /** The session it belongs to. */
  platform: string;
  meetingKey: string | null;
  caseRef: string | null;
  staff: string;
  code: string | null;
  shortCode: string | null;
  match: CodeMatch;
}

/** `registered`: some registration holds this full code; `short-only`: only a short form agrees. */
export type CodeVerdict = 'registered' | 'short-only' | 'none';

export interface CodeLookup {
  code: string;
  verdict: CodeVerdict;
  /** Every registration in the log, in log order, each with how it relates to this code. */
  registrations: RegistrationMatch[];
}

function codeMatch(code: string, registration: Registration): CodeMatch {
  if (registration.code !== null) return registration.code === code ? 'match' : 'differ';
  return registration.shortCode === code.slice(0, 12) ? 'short-only' : 'differ';
}

export function registrationsOf(items: readonly (Entry | Link)[]): Registration[] {
  return items.filter((item): item is Registration => 'kind' in item && item.kind === 'recording-registered');
}

export function lookUpCode(code: string, registrations: readonly Registration[]): CodeLookup {
  const matches = registrations.map((r): RegistrationMatch => ({
    seq: r.seq,
    party: r.party,
    time: r.time,
    platform: r.platform,
    meetingKey: r.meetingKey,
    caseRef: r.caseRef,
    staff: r.staff,
    code: r.code,
    shortCode: r.shortCode,
    match: codeMatch(code, r),
  }));
  const verdict: CodeVerdict = matches.some((m) => m.match === 'match')
    ? 'registered'
    : matches.some((m) => m.match === 'short-only')
      ? 'short-only'
      : 'none';
  return { code, verdict, registrations: matches };
}

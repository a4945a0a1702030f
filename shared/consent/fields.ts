// Checks of single fields. Each returns null when the value is acceptable, otherwise a short reason
// that a form or the verifier can show. The case reference and staff checks exist to keep
// identifying data (e-mail addresses, phone numbers, URLs with meeting ids) out of the log.

export type FieldProblem = string | null;

const HEX64 = /^[0-9a-f]{64}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const NOTE_MAX = 2000;

export function checkHex64(value: unknown): FieldProblem {
  return typeof value === 'string' && HEX64.test(value) ? null : 'must be 64 lowercase hex digits';
}

export function checkTime(value: unknown): FieldProblem {
  if (typeof value !== 'string' || !ISO_TIME.test(value)) return 'must be an ISO UTC time like 2026-11-29T09:15:02.123Z';
  return Number.isNaN(Date.parse(value)) ? 'is not a real time' : null;
}

export function checkDate(value: unknown): FieldProblem {
  if (typeof value !== 'string' || !DATE.test(value)) return 'must be a date like 2026-11-29';
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value) ? null : 'is not a real date';
}

export function checkPlatform(value: unknown): FieldProblem {
  return typeof value === 'string' && /^[a-z0-9][a-z0-9-]{0,31}$/.test(value)
    ? null
    : 'must be a platform id of lowercase letters, digits and dashes';
}

export function checkCaseRef(value: unknown): FieldProblem {
  if (typeof value !== 'string' || value.length === 0) return 'must be a non-empty text';
  if (value.includes('@')) return 'looks like an e-mail address; use the pseudonymous case reference';
  if (/:\/\/|^www\.|\.[a-z]{2,}(\/|$)/i.test(value)) return 'looks like a web address; use the pseudonymous case reference';
  if (/^[+(]?[\d\s()./-]+$/.test(value) && (value.match(/\d/g) ?? []).length >= 9) {
    return 'looks like a phone number; use the pseudonymous case reference';
  }
  if (value.length > 32) return 'is longer than 32 characters';
  return /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(value) ? null : 'may only hold letters, digits, - and _';
}

export function checkStaff(value: unknown): FieldProblem {
  if (typeof value !== 'string' || value.length === 0) return 'must be initials or a role';
  if (value.length > 40) return 'is longer than 40 characters';
  if (value.includes('@')) return 'looks like an e-mail address; use initials or a role';
  return /^\p{L}[\p{L} .'-]*$/u.test(value) ? null : 'may only hold letters, spaces, dots, dashes and apostrophes';
}

export function checkNote(value: unknown): FieldProblem {
  if (typeof value !== 'string') return 'must be text';
  if (value.length > NOTE_MAX) return `is longer than ${NOTE_MAX} characters`;
  return /[\u0000-\u0008\u000B-\u001F\u007F]/.test(value) ? 'holds control characters' : null;
}

export function checkOneOf<T extends string>(allowed: readonly T[]): (value: unknown) => FieldProblem {
  return (value) => (allowed.includes(value as T) ? null : `must be one of ${allowed.join(', ')}`);
}

export function checkWholeNumber(value: unknown): FieldProblem {
  return Number.isSafeInteger(value) && (value as number) >= 0 ? null : 'must be a whole number, 0 or more';
}

/** The spoken/typed short form of a recording code: its first 12 hex digits. */
export function checkShortCode(value: unknown): FieldProblem {
  return typeof value === 'string' && /^[0-9a-f]{12}$/.test(value) ? null : 'must be 12 lowercase hex digits';
}

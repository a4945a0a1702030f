// The short form of a recording code, for reading aloud and typing: the first 12 hex digits in
// groups of four ("abcd ef01 2345"). 48 bits tell copies apart in practice; the full code decides.

const SHORT_DIGITS = 12;

export function shortCode(code: string): string {
  const digits = code.slice(0, SHORT_DIGITS).toLowerCase();
  return `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8, 12)}`;
}

/**
 * Reads a typed short code, forgiving spaces, dashes, dots and case.
 * @returns the 12 lowercase hex digits, or null when the input is not a short code
 */
export function parseShortCode(input: string): string | null {
  const digits = input.replace(/[\s\-.]/g, '').toLowerCase();
  return /^[0-9a-f]{12}$/.test(digits) ? digits : null;
}

/** True when a typed short code (in any accepted spelling) is the start of `code`. */
export function matchesShortCode(code: string, typed: string): boolean {
  const digits = parseShortCode(typed);
  return digits !== null && code.toLowerCase().startsWith(digits);
}

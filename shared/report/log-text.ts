// The result of verifying a consent log export, as text in Dutch or English.
import type { LogVerification } from '../consent/verify.ts';
import { formatCount } from './format-values.ts';
import type { Lang } from './lang.ts';

export function logVerificationText(result: LogVerification, lang: Lang): string {
  const n = formatCount(result.entries, lang);
  if (result.ok) {
    return lang === 'nl'
      ? `INTACT: het logboek is ongeschonden (${n} vermeldingen, laatste hash ${result.head}).\n`
      : `INTACT: the log is unbroken (${n} entries, last hash ${result.head}).\n`;
  }
  const { index, reason } = result.firstBroken;
  // Index `entries` means the problem is after the last entry (a changed or cut-off head).
  const where =
    index < result.entries
      ? lang === 'nl' ? `bij vermelding ${index + 1} van ${n}` : `at entry ${index + 1} of ${n}`
      : lang === 'nl' ? `na de laatste vermelding (${n})` : `after the last entry (${n})`;
  return lang === 'nl'
    ? `GEBROKEN: het logboek is gewijzigd; de eerste fout zit ${where}: ${reason}\n`
    : `BROKEN: the log was altered; the first problem is ${where}: ${reason}\n`;
}

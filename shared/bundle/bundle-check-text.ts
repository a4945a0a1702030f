// The result of re-checking an evidence bundle as text, Dutch or English.
import type { Lang } from '../report/lang.ts';
import type { BundleCheck } from './verify-bundle.ts';

export function bundleCheckText(check: BundleCheck, lang: Lang): string {
  const nl = lang === 'nl';
  const head = check.ok
    ? nl
      ? 'Bewijsbundel ongeschonden: de uitkomst volgt uit de inhoud.'
      : 'Evidence bundle intact: its result follows from its contents.'
    : nl
      ? 'Bewijsbundel NIET in orde:'
      : 'Evidence bundle NOT intact:';
  const lines = [head, ...check.problems.map((p) => `  - ${p}`), `SHA-256: ${check.sha256}`, `${nl ? 'Gemaakt met' : 'Made with'}: ${check.tool}`];
  return `${lines.join('\n')}\n`;
}

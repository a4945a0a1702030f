// Choosing which rules to show: the reminder shows only the few that matter at this moment.
import type { Catalogue, Language, Moment, Rule } from './types.ts';

/**
 * The rules for a moment: first those written for it (it is their first moment), then those that
 * also apply, each group in catalogue order. A video request thus opens with the video procedure.
 */
export function rulesFor(catalogue: Catalogue, moment: Moment): Rule[] {
  const applying = catalogue.rules.filter((rule) => rule.moments.includes(moment));
  return [...applying.filter((rule) => rule.moments[0] === moment), ...applying.filter((rule) => rule.moments[0] !== moment)];
}

/** The words shown for a set of rules, one per line: what noticeTextHash is taken over. */
export function noticeText(rules: readonly Rule[], language: Language): string {
  return rules.map((rule) => rule.text[language].short).join('\n');
}

// The case as text, Dutch or English: the log's state, whose registration the original and each
// copy match (or that none does, naming the registrations that differ), then each comparison.
import { formatShortCode } from '../consent/recording-codes.ts';
import { compareReportText } from '../report/compare-text.ts';
import type { Lang } from '../report/lang.ts';
import type { CodeLookup, RegistrationMatch } from './match-code.ts';
import type { CaseResult } from './run-case.ts';

const T = {
  nl: {
    logOk: 'Toestemmingslogboek: ongeschonden.',
    logBroken: 'Toestemmingslogboek: GEBROKEN; de registraties erin worden niet gebruikt.',
    original: 'Origineel',
    copy: 'Kopie',
    party: { staff: 'hulpverlener', client: 'cliënt' },
    registered: (r: RegistrationMatch) => `komt overeen met de registratie van de ${T.nl.party[r.party]} (nr. ${r.seq}, ${r.time}${session(r)}).`,
    shortOnly: (r: RegistrationMatch) =>
      `alleen de eerste 12 cijfers komen overeen met de korte code van de ${T.nl.party[r.party]} (nr. ${r.seq}, ${r.time}); dat is geen bewijs van hetzelfde bestand.`,
    none: 'komt met geen enkele geregistreerde code overeen.',
    differs: (r: RegistrationMatch) => `  de registratie van de ${T.nl.party[r.party]} (nr. ${r.seq}, ${formatShortCode(r.code ?? r.shortCode ?? '')}) wijkt af`,
    notRead: 'niet opgezocht (logboek gebroken).',
  },
  en: {
    logOk: 'Consent log: intact.',
    logBroken: 'Consent log: BROKEN; its registrations are not used.',
    original: 'Original',
    copy: 'Copy',
    party: { staff: 'staff member', client: 'client' },
    registered: (r: RegistrationMatch) => `matches the ${T.en.party[r.party]}'s registration (no. ${r.seq}, ${r.time}${session(r)}).`,
    shortOnly: (r: RegistrationMatch) =>
      `only the first 12 digits agree with the ${T.en.party[r.party]}'s short code (no. ${r.seq}, ${r.time}); that is no proof of the same file.`,
    none: 'matches no registered code.',
    differs: (r: RegistrationMatch) => `  the ${T.en.party[r.party]}'s registration (no. ${r.seq}, ${formatShortCode(r.code ?? r.shortCode ?? '')}) differs`,
    notRead: 'not looked up (log broken).',
  },
} as const;

function session(r: RegistrationMatch): string {
  const parts = [r.platform, r.caseRef, r.meetingKey ? `${r.meetingKey.slice(0, 12)}…` : null].filter((p) => p !== null && p !== '');
  return parts.length > 0 ? `, ${parts.join(', ')}` : '';
}

export function lookupText(lookup: CodeLookup | null, lang: Lang): string[] {
  const t = T[lang];
  if (lookup === null) return [t.notRead];
  const matched = lookup.registrations.filter((r) => r.match === 'match');
  const short = lookup.registrations.filter((r) => r.match === 'short-only');
  const lines = matched.length > 0 ? matched.map(t.registered) : short.length > 0 ? short.map(t.shortOnly) : [t.none];
  return [...lines, ...lookup.registrations.filter((r) => r.match === 'differ').map(t.differs)];
}

export function caseText(result: CaseResult, lang: Lang): string {
  const t = T[lang];
  const lines = [result.log.ok ? t.logOk : t.logBroken, '', `${t.original} ${result.original.name}:`, ...lookupText(result.original.lookup, lang)];
  for (const copy of result.copies) {
    lines.push('', `${t.copy} ${copy.name}:`, ...lookupText(copy.lookup, lang), '', compareReportText(copy.report, lang).trimEnd());
  }
  return `${lines.join('\n')}\n`;
}

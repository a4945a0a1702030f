// The log page's and the printed page's own interface words, Dutch and English.
import type { CodeMatch } from '../../../shared/consent/recording-codes.ts';
import type { Language } from '../../../shared/rules/index.ts';

const STRINGS = {
  title: { nl: 'Opnamepact — logboek', en: 'Opnamepact — consent log' },
  sessions: { nl: 'Gesprekken', en: 'Sessions' },
  noSessions: { nl: 'Nog niets vastgelegd.', en: 'Nothing logged yet.' },
  entries: { nl: 'Vermeldingen', en: 'Entries' },
  caseRef: { nl: 'Dossiernummer (pseudoniem)', en: 'Case reference (pseudonymous)' },
  note: { nl: 'Notitie', en: 'Note' },
  kind: { nl: 'Wat gebeurde er', en: 'What happened' },
  add: { nl: 'Vastleggen', en: 'Log it' },
  listHint: { nl: 'initialen, met komma’s: AB, CD', en: 'initials, with commas: AB, CD' },
  addTitle: { nl: 'Vastleggen in dit gesprek', en: 'Log in this session' },
  newSessionHint: { nl: 'Geen gesprek gekozen: vul een dossiernummer in voor een nieuwe vermelding buiten een gesprek.', en: 'No session chosen: enter a case reference to log outside a call.' },
  added: { nl: 'Vastgelegd als nr.', en: 'Logged as no.' },
  failed: { nl: 'Niet gelukt', en: 'Failed' },
  video: { nl: 'Videoprocedure', en: 'Video procedure' },
  videoSteps: { nl: 'Stappen', en: 'Steps' },
  codes: { nl: 'Opnamecodes', en: 'Recording codes' },
  staffCopy: { nl: 'Kopie van de medewerker: kies het bestand', en: 'Staff copy: choose the file' },
  clientCode: { nl: 'Code van de cliënt (korte vorm, zoals 3f2a 9c01 b7de)', en: 'Client’s code (short form, like 3f2a 9c01 b7de)' },
  clientFile: { nl: 'of het vingerafdrukbestand van de cliënt', en: 'or the client’s fingerprint file' },
  register: { nl: 'Registreren', en: 'Register' },
  hashing: { nl: 'Code berekenen', en: 'Computing the code' },
  codesMatch: { nl: 'De codes van beide partijen komen overeen.', en: 'Both parties’ codes match.' },
  codesDiffer: {
    nl: 'De codes verschillen: de twee kopieën zijn niet gelijk. Vergelijk ze op de verificatiepagina of met “opnamepact compare” om te zien wat er verschilt.',
    en: 'The codes differ: the two copies are not the same. Compare them on the verifier page or with “opnamepact compare” to see what differs.',
  },
  codesShortOnly: {
    nl: 'De eerste 12 tekens komen overeen; vergelijk de volledige code of het bestand om het zeker te weten.',
    en: 'First 12 digits agree; compare the full code or the file to confirm.',
  },
  codesPending: { nl: 'Nog niet van beide partijen geregistreerd.', en: 'Not yet registered by both parties.' },
  export: { nl: 'Exporteren', en: 'Export' },
  exportAll: { nl: 'Hele logboek (JSON)', en: 'Whole log (JSON)' },
  exportSession: { nl: 'Dit gesprek (JSON)', en: 'This session (JSON)' },
  print: { nl: 'Afdrukbare pagina voor het dossier', en: 'Printable page for the client file' },
  download: { nl: 'Download', en: 'Download' },
  import: { nl: 'Export controleren', en: 'Check an export' },
  importFile: { nl: 'Kies een exportbestand (JSON)', en: 'Choose an export file (JSON)' },
  importIntact: { nl: 'Intact: de keten klopt', en: 'Intact: the chain verifies' },
  importBroken: { nl: 'Gewijzigd of onvolledig', en: 'Changed or incomplete' },
  importLive: { nl: 'Vergeleken met dit logboek', en: 'Compared with this log' },
  importSigned: { nl: 'ondertekend met apparaatsleutel', en: 'signed with device key' },
  importUnsigned: { nl: 'geen handtekeningen (formaat 1)', en: 'no signatures (format 1)' },
  importBackwards: { nl: 'tijd gaat terug bij', en: 'time goes back at' },
  importUntouched: { nl: 'Het logboek zelf is niet gewijzigd.', en: 'The live log was not changed.' },
  head: { nl: 'Kophash', en: 'Head hash' },
  span: { nl: 'Volgnummers', en: 'Sequence numbers' },
  printTitle: { nl: 'Opnamepact — verslag van toestemmingen', en: 'Opnamepact — record of consent' },
  printIntro: {
    nl: 'Uittreksel uit het logboek van Opnamepact. Elke vermelding is met een hash verbonden aan de vorige; de kophash hieronder bewijst dat dit verslag tot en met het laatste nummer volledig is.',
    en: 'Extract from the Opnamepact consent log. Every entry is linked by a hash to the one before; the head hash below proves this record is complete up to its last number.',
  },
  otherEntries: { nl: 'vermeldingen van andere gesprekken in deze periode (alleen als hash)', en: 'entries of other sessions in this span (as hashes only)' },
  exportedAt: { nl: 'Geëxporteerd', en: 'Exported' },
  session: { nl: 'Gesprek', en: 'Session' },
  staff: { nl: 'Medewerker', en: 'Staff' },
  client: { nl: 'Cliënt', en: 'Client' },
  time: { nl: 'Tijd', en: 'Time' },
  signStaff: { nl: 'Handtekening medewerker', en: 'Signature of the staff member' },
  signClient: { nl: 'Handtekening cliënt (voor gezien)', en: 'Signature of the client (seen)' },
  printNow: { nl: 'Afdrukken', en: 'Print' },
  noSession: { nl: 'Dit gesprek staat niet (meer) in het logboek.', en: 'This session is not (or no longer) in the log.' },
} as const;

export type PageStringKey = keyof typeof STRINGS;

export function lt(key: PageStringKey, language: Language): string {
  return STRINGS[key][language];
}

const MATCH_KEYS: Record<CodeMatch, PageStringKey> = { match: 'codesMatch', 'short-only': 'codesShortOnly', differ: 'codesDiffer' };

/** What the log page and the printout say about both parties' codes. */
export function codeMatchText(match: CodeMatch, language: Language): string {
  return lt(MATCH_KEYS[match], language);
}

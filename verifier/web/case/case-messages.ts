// The case view's words in Dutch (default) and English.
import type { CodeMatch } from '../../../shared/consent/recording-codes.ts';
import type { CodeVerdict, RegistrationMatch } from '../../../shared/case/match-code.ts';
import type { Lang } from '../../../shared/report/lang.ts';

export interface CaseMessages {
  title: string;
  intro: string;
  logFile: string;
  logHint: string;
  receipts: string;
  receiptsHint: string;
  original: string;
  originalHint: string;
  copy: string;
  copyHint: string;
  anotherCopy: (nr: number) => string;
  addCopy: string;
  shownCopy: string;
  preparing: string;
  /** While a recording's sound, picture and further sound tracks are decoded for its fingerprint. */
  completing: (name: string) => string;
  /** One decoding's bar: "beeld van kopie.mp4 ontleden". */
  decodingOf: (track: string, name: string) => string;
  stopDecoding: string;
  /** A stopped recording: out of the case, and how to bring it in. */
  decodingStopped: (name: string) => string;
  retryDecoding: string;
  /** "✓ kopie.mp4: geluid, beeld en geluid 2 ontleed". */
  completed: (name: string, tracks: string) => string;
  /** Tracks that could not be decoded: the comparison names them as not compared. */
  notDecoded: (tracks: string) => string;
  logOk: string;
  logBroken: string;
  originalTitle: (name: string) => string;
  copyTitle: (name: string) => string;
  verdict: Record<CodeVerdict, string>;
  notLookedUp: string;
  party: Record<'staff' | 'client', string>;
  match: Record<CodeMatch, string>;
  registration: (r: RegistrationMatch) => string;
  hearTitle: string;
  edit: (nr: number, kind: string) => string;
  playOriginal: string;
  playCopy: string;
  stop: string;
  switchAB: string;
  playing: (side: string) => string;
  stripsOf: (nr: number) => string;
  noOriginalFile: string;
  bundleTitle: string;
  downloadBundle: string;
  bundleHash: string;
  checkBundle: string;
  checkBundleHint: string;
  bundleOk: string;
  bundleBroken: string;
}

const nl: CaseMessages = {
  title: 'Klachtdossier',
  intro: 'Voeg de logboek-export toe, de aangeboden kopie en het origineel (of zijn vingerafdrukbestand). De pagina zegt wiens geregistreerde code de kopie heeft, en wat eraan bewerkt is.',
  logFile: 'Logboek-export (JSON)',
  logHint: 'de export uit de extensie; liefst die van de sessie',
  receipts: 'Bewijsjes van de cliënt (één per regel, mag leeg)',
  receiptsHint: 'de regel OPNAMEPACT-RECEIPT/1 … van elk bewijsje',
  original: 'Origineel of vingerafdrukbestand',
  originalHint: 'de opname van de hulpverlener, of het .fingerprint.json ervan',
  copy: 'Aangeboden kopie',
  copyHint: 'de kopie waarover de klacht gaat',
  anotherCopy: (nr) => `Aangeboden kopie ${nr}`,
  addCopy: 'Nog een kopie toevoegen',
  shownCopy: 'Rapport en bewerkingen van',
  preparing: 'Vingerafdrukken en geluid worden berekend…',
  completing: (name) => `${name} wordt ontleed voor de vingerafdruk (dit kan bij een lange video minuten duren)…`,
  decodingOf: (track, name) => `${track[0]!.toUpperCase()}${track.slice(1)} van ${name} ontleden`,
  stopDecoding: 'Ontleden stoppen',
  decodingStopped: (name) => `Gestopt: ${name} is niet in het dossier opgenomen. Probeer het opnieuw of kies het bestand opnieuw.`,
  retryDecoding: 'Opnieuw proberen',
  completed: (name, tracks) => `✓ ${name}: ${tracks} ontleed`,
  notDecoded: (tracks) => `Niet te ontleden: ${tracks}; het rapport noemt dit als niet vergeleken.`,
  logOk: 'Logboek ongeschonden',
  logBroken: 'Logboek GEBROKEN: de registraties erin worden niet gebruikt',
  originalTitle: (name) => `Origineel: ${name}`,
  copyTitle: (name) => `Kopie: ${name}`,
  verdict: {
    registered: 'De code is geregistreerd.',
    'short-only': 'Alleen de eerste 12 cijfers komen overeen met een korte code; dat is geen bewijs van hetzelfde bestand.',
    none: 'De code komt met geen enkele registratie overeen.',
  },
  notLookedUp: 'Niet opgezocht: het logboek is gebroken.',
  party: { staff: 'hulpverlener', client: 'cliënt' },
  match: { match: 'komt overeen', 'short-only': 'alleen eerste 12 cijfers gelijk', differ: 'komt niet overeen' },
  registration: (r) => `Registratie nr. ${r.seq} van de ${nl.party[r.party]}, ${r.time.replace('T', ' ').slice(0, 19)} UTC, ${[r.platform, r.caseRef].filter(Boolean).join(', ')}`,
  hearTitle: 'Elke bewerking beluisteren en bekijken',
  edit: (nr, kind) => `Bewerking ${nr}: ${kind}`,
  playOriginal: 'Speel origineel rond de bewerking',
  playCopy: 'Speel kopie rond de las',
  stop: 'Stop',
  switchAB: 'Wissel A/B',
  playing: (side) => `Speelt: ${side}`,
  stripsOf: (nr) => `Golfvorm rond bewerking ${nr}: origineel boven, kopie onder; de bewerking is gemarkeerd`,
  noOriginalFile: 'Het origineel is een vingerafdrukbestand: alleen de kopie is te beluisteren.',
  bundleTitle: 'Bewijsbundel',
  downloadBundle: 'Bewijsbundel downloaden',
  bundleHash: 'SHA-256 van de bewijsbundel',
  checkBundle: 'Bewijsbundel controleren',
  checkBundleHint: 'een eerder gedownloade bundel (.bundle.json)',
  bundleOk: 'Bewijsbundel ongeschonden: de uitkomst volgt uit de inhoud.',
  bundleBroken: 'Bewijsbundel NIET in orde',
};

const en: CaseMessages = {
  title: 'Complaint case',
  intro: 'Add the log export, the presented copy and the original (or its fingerprint file). The page says whose registered code the copy has, and what was edited in it.',
  logFile: 'Log export (JSON)',
  logHint: 'the export from the extension; preferably the session\'s',
  receipts: 'The client\'s receipts (one per line, may be empty)',
  receiptsHint: 'the line OPNAMEPACT-RECEIPT/1 … of each receipt',
  original: 'Original or fingerprint file',
  originalHint: 'the staff member\'s recording, or its .fingerprint.json',
  copy: 'Presented copy',
  copyHint: 'the copy the complaint is about',
  anotherCopy: (nr) => `Presented copy ${nr}`,
  addCopy: 'Add another copy',
  shownCopy: 'Report and edits of',
  preparing: 'Computing fingerprints and sound…',
  completing: (name) => `Analysing ${name} for its fingerprint (for a long video this can take minutes)…`,
  decodingOf: (track, name) => `Analysing the ${track} of ${name}`,
  stopDecoding: 'Stop analysing',
  decodingStopped: (name) => `Stopped: ${name} is not in the case. Try again or choose the file again.`,
  retryDecoding: 'Try again',
  completed: (name, tracks) => `✓ ${name}: ${tracks} analysed`,
  notDecoded: (tracks) => `Could not be analysed: ${tracks}; the report names this as not compared.`,
  logOk: 'Log intact',
  logBroken: 'Log BROKEN: its registrations are not used',
  originalTitle: (name) => `Original: ${name}`,
  copyTitle: (name) => `Copy: ${name}`,
  verdict: {
    registered: 'The code is registered.',
    'short-only': 'Only the first 12 digits agree with a short code; that is no proof of the same file.',
    none: 'The code matches no registration.',
  },
  notLookedUp: 'Not looked up: the log is broken.',
  party: { staff: 'staff member', client: 'client' },
  match: { match: 'matches', 'short-only': 'only first 12 digits agree', differ: 'does not match' },
  registration: (r) => `Registration no. ${r.seq} by the ${en.party[r.party]}, ${r.time.replace('T', ' ').slice(0, 19)} UTC, ${[r.platform, r.caseRef].filter(Boolean).join(', ')}`,
  hearTitle: 'Hear and see each edit',
  edit: (nr, kind) => `Edit ${nr}: ${kind}`,
  playOriginal: 'Play the original around the edit',
  playCopy: 'Play the copy around the join',
  stop: 'Stop',
  switchAB: 'Switch A/B',
  playing: (side) => `Playing: ${side}`,
  stripsOf: (nr) => `Waveform around edit ${nr}: original above, copy below; the edit is marked`,
  noOriginalFile: 'The original is a fingerprint file: only the copy can be heard.',
  bundleTitle: 'Evidence bundle',
  downloadBundle: 'Download the evidence bundle',
  bundleHash: 'SHA-256 of the evidence bundle',
  checkBundle: 'Check an evidence bundle',
  checkBundleHint: 'a bundle downloaded before (.bundle.json)',
  bundleOk: 'Evidence bundle intact: its result follows from its contents.',
  bundleBroken: 'Evidence bundle NOT intact',
};

export const CASE_MESSAGES: Record<Lang, CaseMessages> = { nl, en };

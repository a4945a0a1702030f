// The page's words in Dutch (default) and English. Verdicts and edit sentences come from
// shared/report, so the page and the CLI say the same thing.
import type { EditKind } from '../../shared/compare/report.ts';
import type { CodeMatch } from '../../shared/consent/recording-codes.ts';
import type { Lang } from '../../shared/report/lang.ts';

export interface PageMessages {
  title: string;
  intro: string;
  otherLanguage: string;
  tabs: { client: string; compare: string; case: string; log: string };
  privacy: string;
  chooseRecording: string;
  dropHint: string;
  working: (name: string) => string;
  cancel: string;
  cancelled: string;
  code: string;
  shortCode: string;
  shortCodeHint: string;
  copy: string;
  copied: string;
  downloadFingerprint: string;
  fingerprintHint: string;
  clientRulesTitle: string;
  clientRulesIntro: string;
  original: string;
  originalHint: string;
  questioned: string;
  copyLabel: string;
  questionedHint: string;
  comparing: string;
  decodingAudio: string;
  decodingFile: (name: string) => string;
  audioCancelled: string;
  decodingPicture: string;
  decodingPictureOf: (name: string) => string;
  pictureCancelled: string;
  pictureFailed: (problem: string) => string;
  analysingPicture: string;
  pictureLeftOut: string;
  audioTooLong: (minutes: number) => string;
  audioTooLongFingerprint: (minutes: number) => string;
  analysingAudio: string;
  fromFingerprint: string;
  timelineTitle: string;
  timelineLabel: (original: string, copy: string) => string;
  kind: Record<EditKind | 'kept', string>;
  editsTitle: string;
  noEdits: string;
  repeatOf: string;
  column: { nr: string; kind: string; original: string; copy: string; length: string; basis: string };
  print: string;
  reportTitle: string;
  logTitle: string;
  logHint: string;
  chooseLog: string;
  receipts: string;
  receiptsHint: string;
  sessions: (n: number) => string;
  entry: { seq: string; time: string; kind: string; staff: string; details: string; note: string };
  linkEntries: (n: number) => string;
  /** Both parties' recording codes in a session: full codes equal, only the first 12 digits, or not. */
  codeMatch: Record<CodeMatch, string>;
}

export const PAGE_MESSAGES: Record<Lang, PageMessages> = {
  nl: {
    title: 'Opnamepact: opname controleren',
    intro: 'Bereken de code van een opname, of controleer of een kopie gelijk is aan het origineel.',
    otherLanguage: 'English',
    tabs: { client: 'Mijn opname', compare: 'Kopie controleren', case: 'Klachtdossier', log: 'Logboek controleren' },
    privacy: 'Alles gebeurt op dit apparaat. Deze pagina verstuurt niets: geen opname, geen code, geen logboek.',
    chooseRecording: 'Kies uw opname',
    dropHint: 'of sleep het bestand hierheen',
    working: (name) => `Bezig met ${name}…`,
    cancel: 'Stoppen',
    cancelled: 'Gestopt.',
    code: 'Opnamecode',
    shortCode: 'Korte code (om voor te lezen)',
    shortCodeHint: 'Lees de korte code voor of typ hem over; de volledige code beslist.',
    copy: 'Kopiëren',
    copied: 'Gekopieerd',
    downloadFingerprint: 'Vingerafdruk downloaden',
    fingerprintHint: 'Met de vingerafdruk kan later worden nagegaan of een kopie bewerkt is, ook zonder het origineel.',
    clientRulesTitle: 'Wat mag u met uw opname?',
    clientRulesIntro: 'Dit zijn de afspraken van de organisatie over opnames:',
    original: 'Origineel',
    originalHint: 'De opname zelf, of haar vingerafdruk (.json)',
    questioned: 'Kopie om te controleren',
    copyLabel: 'Kopie',
    questionedHint: 'De kopie die is aangeleverd',
    comparing: 'Bezig met vergelijken…',
    decodingAudio: 'Het geluid wordt vergeleken (de bestanden worden gedecodeerd)…',
    decodingFile: (name) => `Geluid van ${name} decoderen`,
    audioCancelled: 'Het decoderen is gestopt: het geluid is niet vergeleken.',
    decodingPicture: 'Het beeld wordt vergeleken (beeld ontleden…)',
    decodingPictureOf: (name) => `Beeld van ${name} ontleden`,
    pictureCancelled: 'Het ontleden van het beeld is gestopt: het beeld is niet vergeleken.',
    // The decoder's problem is technical English: said as such, as the report does.
    pictureFailed: (problem) => `Het beeld is niet vergeleken (technische melding: ${problem}).`,
    analysingPicture: 'Het beeld wordt ontleed voor de vingerafdruk…',
    pictureLeftOut: 'Het ontleden van het beeld is gestopt: de vingerafdruk bevat het beeld niet.',
    audioTooLong: (m) => `Het geluid is niet vergeleken: deze browser kan dit formaat alleen in zijn geheel decoderen, en de opname is langer dan ${m} minuten of groter dan 512 MB. Gebruik hiervoor het opdrachtregelprogramma (opnamepact compare).`,
    audioTooLongFingerprint: (m) => `De opname is langer dan ${m} minuten of groter dan 512 MB: de vingerafdruk bevat geen geluidsvingerafdruk (te groot voor de browser; het opdrachtregelprogramma kan dat wel).`,
    analysingAudio: 'Het geluid wordt geanalyseerd voor de vingerafdruk…',
    fromFingerprint: 'uit vingerafdruk',
    timelineTitle: 'Tijdlijn',
    timelineLabel: (o, c) => `Tijdlijn van het origineel (${o}) en de kopie (${c}) met de gevonden wijzigingen`,
    kind: { kept: 'gelijk', removed: 'verwijderd', inserted: 'ingevoegd', replaced: 'vervangen', moved: 'verplaatst' },
    editsTitle: 'Wijzigingen',
    noEdits: 'Geen wijzigingen gevonden.',
    repeatOf: 'herhaling uit het origineel',
    column: { nr: 'Nr.', kind: 'Soort', original: 'In het origineel', copy: 'In de kopie', length: 'Lengte', basis: 'Berust op' },
    print: 'Rapport afdrukken / opslaan als pdf',
    reportTitle: 'Rapport: vergelijking van een opname',
    logTitle: 'Logboek van toestemmingen controleren',
    logHint: 'Kies een export van het logboek (.json) uit de extensie.',
    chooseLog: 'Kies een logboekexport',
    receipts: 'Bewijsjes van de cliënt (optioneel)',
    receiptsHint: 'Eén regel per bewijsje, zoals OPNAMEPACT-RECEIPT/1 seq=… head=… key=…',
    sessions: (n) => `${n} ${n === 1 ? 'gesprek' : 'gesprekken'}`,
    entry: { seq: 'Nr.', time: 'Tijd (UTC)', kind: 'Gebeurtenis', staff: 'Medewerker', details: 'Details', note: 'Notitie' },
    linkEntries: (n) => `${n} vermelding(en) van andere gesprekken (alleen als schakel in de keten)`,
    codeMatch: {
      match: 'De opnamecodes van beide partijen komen overeen.',
      'short-only': 'De eerste 12 tekens komen overeen; vergelijk de volledige code of het bestand om het zeker te weten.',
      differ: 'De opnamecodes van beide partijen verschillen.',
    },
  },
  en: {
    title: 'Opnamepact: check a recording',
    intro: 'Compute the code of a recording, or check whether a copy equals the original.',
    otherLanguage: 'Nederlands',
    tabs: { client: 'My recording', compare: 'Check a copy', case: 'Complaint case', log: 'Check a log' },
    privacy: 'Everything happens on this device. This page sends nothing: no recording, no code, no log.',
    chooseRecording: 'Choose your recording',
    dropHint: 'or drop the file here',
    working: (name) => `Working on ${name}…`,
    cancel: 'Stop',
    cancelled: 'Stopped.',
    code: 'Recording code',
    shortCode: 'Short code (to read aloud)',
    shortCodeHint: 'Read the short code aloud or type it; the full code decides.',
    copy: 'Copy',
    copied: 'Copied',
    downloadFingerprint: 'Download fingerprint',
    fingerprintHint: 'The fingerprint lets anyone check later whether a copy was edited, even without the original.',
    clientRulesTitle: 'What may you do with your recording?',
    clientRulesIntro: "These are the organisation's agreements on recordings:",
    original: 'Original',
    originalHint: 'The recording itself, or its fingerprint (.json)',
    questioned: 'Copy to check',
    copyLabel: 'Copy',
    questionedHint: 'The copy that was presented',
    comparing: 'Comparing…',
    decodingAudio: 'Comparing the sound (decoding the files)…',
    decodingFile: (name) => `Decoding the sound of ${name}`,
    audioCancelled: 'Decoding was stopped: the sound was not compared.',
    decodingPicture: 'Comparing the picture (analysing the picture…)',
    decodingPictureOf: (name) => `Analysing the picture of ${name}`,
    pictureCancelled: 'Analysing the picture was stopped: the picture was not compared.',
    pictureFailed: (problem) => `The picture was not compared: ${problem}`,
    analysingPicture: 'Analysing the picture for the fingerprint…',
    pictureLeftOut: 'Analysing the picture was stopped: the fingerprint does not hold the picture.',
    audioTooLong: (m) => `The sound was not compared: this browser can decode this format only whole, and the recording is longer than ${m} minutes or larger than 512 MB. Use the command-line tool for this (opnamepact compare).`,
    audioTooLongFingerprint: (m) => `The recording is longer than ${m} minutes or larger than 512 MB: the fingerprint holds no sound fingerprint (too large for the browser; the command-line tool can do it).`,
    analysingAudio: 'Analysing the sound for the fingerprint…',
    fromFingerprint: 'from fingerprint',
    timelineTitle: 'Timeline',
    timelineLabel: (o, c) => `Timeline of the original (${o}) and the copy (${c}) with the edits found`,
    kind: { kept: 'same', removed: 'removed', inserted: 'inserted', replaced: 'replaced', moved: 'moved' },
    editsTitle: 'Edits',
    noEdits: 'No edits found.',
    repeatOf: 'repeats part of the original',
    column: { nr: 'No.', kind: 'Kind', original: 'In the original', copy: 'In the copy', length: 'Length', basis: 'Rests on' },
    print: 'Print report / save as PDF',
    reportTitle: 'Report: comparison of a recording',
    logTitle: 'Check a consent log',
    logHint: 'Choose a log export (.json) from the extension.',
    chooseLog: 'Choose a log export',
    receipts: 'Client’s receipts (optional)',
    receiptsHint: 'One line per receipt, like OPNAMEPACT-RECEIPT/1 seq=… head=… key=…',
    sessions: (n) => `${n} ${n === 1 ? 'session' : 'sessions'}`,
    entry: { seq: 'No.', time: 'Time (UTC)', kind: 'Event', staff: 'Staff', details: 'Details', note: 'Note' },
    linkEntries: (n) => `${n} entr${n === 1 ? 'y' : 'ies'} of other sessions (as chain links only)`,
    codeMatch: {
      match: 'Both parties’ recording codes match.',
      'short-only': 'First 12 digits agree; compare the full code or the file to confirm.',
      differ: 'Both parties’ recording codes differ.',
    },
  },
};

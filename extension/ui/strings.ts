// The extension's own interface words, Dutch and English (rule texts live in shared/rules).
import type { Language } from '../../shared/rules/index.ts';

const STRINGS = {
  title: { nl: 'Opnameregels', en: 'Recording rules' },
  regionLabel: { nl: 'Opnamepact: opnameregels voor dit gesprek', en: 'Opnamepact: recording rules for this call' },
  collapse: { nl: 'Inklappen', en: 'Collapse' },
  expand: { nl: 'Uitklappen', en: 'Expand' },
  dismiss: { nl: 'Sluiten voor dit gesprek', en: 'Close for this call' },
  move: { nl: 'Verplaatsen (pijltjestoetsen)', en: 'Move (arrow keys)' },
  quickActions: { nl: 'Wat gebeurt er?', en: 'What is happening?' },
  more: { nl: 'Meer uitleg', en: 'More' },
  copyAnnouncement: { nl: 'Kopieer aankondiging voor de chat', en: 'Copy announcement for the chat' },
  copied: { nl: 'Aankondiging gekopieerd. Plak hem in de chat van het gesprek.', en: 'Announcement copied. Paste it in the call’s chat.' },
  copyFailed: { nl: 'Kopiëren lukte niet; selecteer de tekst hieronder.', en: 'Copying failed; select the text below.' },
  promptCallStart: { nl: 'Het gesprek is begonnen. Dit zijn de opnameregels die nu gelden.', en: 'The call has started. These are the recording rules that apply now.' },
  promptRecording: {
    nl: 'Het platform neemt dit gesprek op. Is er vooraf toestemming gevraagd?',
    en: 'The platform is recording this call. Was consent asked first?',
  },
  promptCallEnd: {
    nl: 'Gesprek afgelopen. Denk aan kopieën en aan het registreren van de opname.',
    en: 'Call ended. Remember copies and registering the recording.',
  },
  recorded: { nl: 'Vastgelegd', en: 'Recorded' },
  logThis: { nl: 'Vastleggen in het logboek', en: 'Log it' },
  openLog: { nl: 'Logboek openen', en: 'Open the log' },
  logged: { nl: 'Vastgelegd in het logboek', en: 'Logged' },
  logFailed: { nl: 'Niet vastgelegd', en: 'Not logged' },
  pillNote: {
    nl: 'Klein gemaakt, zodat de opnamemelding van het platform zichtbaar blijft',
    en: 'Made small so that the platform’s recording notice stays visible',
  },
  clickTooSoon: {
    nl: 'De herinnering was net verschenen of verplaatst, dus die klik telde niet. Klik nog eens.',
    en: 'The reminder had just appeared or moved, so that click did not count. Click again.',
  },
  clickCovered: {
    nl: 'De herinnering werd bedekt, dus die klik telde niet. Klik nog eens.',
    en: 'The reminder was covered, so that click did not count. Click again.',
  },
  popupNoCall: { nl: 'Geen gesprek herkend in dit tabblad.', en: 'No call detected in this tab.' },
  popupInCall: { nl: 'In gesprek', en: 'In a call' },
  popupNotInCall: { nl: 'Niet in gesprek', en: 'Not in a call' },
  popupWaiting: { nl: 'Wacht tot de host je toelaat', en: 'Waiting to be let in' },
  popupRecording: { nl: 'Het platform neemt op', en: 'The platform is recording' },
  healthTitle: { nl: 'Herkenning', en: 'Detection' },
  healthPhaseCue: { nl: 'fase volgens', en: 'phase from' },
  healthNoCue: { nl: 'geen kenmerk herkend', en: 'no cue matched' },
  healthRecordingCue: { nl: 'opname volgens', en: 'recording from' },
  healthFallbackOnly: {
    nl: 'alleen terugvaloptie: geen kenmerk van dit platform herkend (algemene woorden of live beeld en geluid beslisten); een beheerder kan een aanvulling (hintOverrides) instellen',
    en: 'fallback only: no cue of this platform matched (generic words or live media decided); an administrator can set an override (hintOverrides)',
  },
  healthOverride: { nl: 'een aanvulling uit de organisatie-instellingen gaf de doorslag', en: 'an override from the organisation’s settings decided' },
  options: { nl: 'Instellingen', en: 'Settings' },
  checkRecording: { nl: 'Opname controleren', en: 'Check a recording' },
  optionsTitle: { nl: 'Opnamepact — instellingen', en: 'Opnamepact — settings' },
  language: { nl: 'Taal', en: 'Language' },
  languageAuto: { nl: 'Zoals de browser', en: 'Follow the browser' },
  staffInitials: { nl: 'Je initialen (voor het logboek)', en: 'Your initials (for the log)' },
  platforms: { nl: 'Platforms', en: 'Platforms' },
  customDomains: { nl: 'Eigen domeinen (bijvoorbeeld een eigen Jitsi)', en: 'Custom domains (for example your own Jitsi)' },
  addDomain: { nl: 'Domein toevoegen', en: 'Add domain' },
  removeDomain: { nl: 'Verwijderen', en: 'Remove' },
  allowDomain: { nl: 'Toegang geven', en: 'Allow access' },
  domainLabel: { nl: 'Domeinnaam, zoals jitsi.voorbeeld.nl', en: 'Domain name, like jitsi.example.org' },
  invalidDomain: { nl: 'Geen geldige domeinnaam.', en: 'Not a valid domain name.' },
  permissionDenied: { nl: 'Toestemming voor dit domein is niet gegeven.', en: 'Permission for this domain was not granted.' },
  reminderBehaviour: { nl: 'Herinneringen', en: 'Reminders' },
  atCallStart: { nl: 'Regels tonen bij het begin van een gesprek', en: 'Show the rules when a call starts' },
  onRecording: { nl: 'Melden als het platform gaat opnemen', en: 'Prompt when the platform starts recording' },
  atCallEnd: { nl: 'Herinnering aan het einde van een gesprek', en: 'Prompt at the end of a call' },
  startCollapsed: { nl: 'Herinnering ingeklapt tonen', en: 'Show the reminder collapsed' },
  retention: { nl: 'Bewaartermijn van het logboek (dagen)', en: 'How long the log keeps entries (days)' },
  retentionHint: {
    nl: 'Oudere vermeldingen worden op dit apparaat verwijderd. Die verwijdering wordt zelf ook vastgelegd.',
    en: 'Older entries are deleted on this device. The deletion itself is logged too.',
  },
  invalidRetention: { nl: 'Vul een heel aantal dagen in, van 1 tot en met 3650.', en: 'Enter a whole number of days, from 1 to 3650.' },
  retentionFloor: { nl: 'Minstens (door je organisatie of standaard):', en: 'At least (set by your organisation or by default):' },
  retentionTooShort: { nl: 'Korter dan de minimale bewaartermijn: alleen verlengen is mogelijk.', en: 'Shorter than the minimum period: it can only be lengthened.' },
  lockedNote: { nl: 'Ingesteld door je organisatie', en: 'Set by your organisation' },
  saved: { nl: 'Opgeslagen', en: 'Saved' },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, language: Language): string {
  return STRINGS[key][language];
}

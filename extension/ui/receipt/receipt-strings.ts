// The receipt's words, Dutch and English.
import type { Language } from '../../../shared/rules/index.ts';

const STRINGS = {
  title: { nl: 'Bewijsje voor de cliënt', en: 'Receipt for the client' },
  intro: {
    nl: 'Dit is de stand van het logboek op dit moment, ondertekend door dit apparaat. Bewaar dit bewijsje: wie het heeft, kan later nagaan dat het logboek sindsdien niet is veranderd.',
    en: 'This is the state of the log at this moment, signed by this device. Keep this receipt: whoever holds it can later check that the log has not been changed since.',
  },
  seq: { nl: 'Logboekstand', en: 'Log position' },
  head: { nl: 'Code van de stand', en: 'Code of the position' },
  key: { nl: 'Apparaatsleutel', en: 'Device key' },
  time: { nl: 'Tijd', en: 'Time' },
  line: { nl: 'Als één regel (voor de chat van het gesprek)', en: 'As one line (for the call’s chat)' },
  copy: { nl: 'Regel kopiëren', en: 'Copy the line' },
  copied: { nl: 'Gekopieerd.', en: 'Copied.' },
  copyFailed: { nl: 'Kopiëren lukte niet; selecteer de regel en kopieer hem zelf.', en: 'Copying failed; select the line and copy it yourself.' },
  print: { nl: 'Bewijsje afdrukken', en: 'Print the receipt' },
  qr: { nl: 'QR-code met de hele regel', en: 'QR code holding the whole line' },
  check: {
    nl: 'Controleren: opnamepact verify-log <export.json> --receipt "<deze regel>", of het veld voor bewijsjes op de verificatiepagina.',
    en: 'To check: opnamepact verify-log <export.json> --receipt "<this line>", or the receipts field on the verifier page.',
  },
  button: { nl: 'Bewijsje voor de cliënt', en: 'Receipt for the client' },
  failed: { nl: 'Geen bewijsje', en: 'No receipt' },
} as const;

export type ReceiptStringKey = keyof typeof STRINGS;

export function rt(key: ReceiptStringKey, language: Language): string {
  return STRINGS[key][language];
}

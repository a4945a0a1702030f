// Words of the log page and the printed session page, Dutch and English: what each kind of entry
// and each field value means in plain language.
import type { EntryKind } from '../../../shared/consent/entry.ts';
import type { Language } from '../../../shared/rules/index.ts';

type Words = Readonly<Record<Language, string>>;

export const KIND_LABELS: Readonly<Record<EntryKind, Words>> = {
  'client-records-audio': { nl: 'Cliënt neemt geluid op', en: 'Client records audio' },
  'staff-asks-to-record': { nl: 'Medewerker vraagt toestemming om op te nemen', en: 'Staff asks to record' },
  'video-request': { nl: 'Video: verzoek van cliënt', en: 'Video: request by the client' },
  'video-staff-view': { nl: 'Video: standpunt medewerker na overleg met collega’s', en: 'Video: staff view after consulting colleagues' },
  'video-manager-decision': { nl: 'Video: besluit van de leidinggevende', en: 'Video: the manager’s decision' },
  'video-conditions': { nl: 'Video: voorwaarden', en: 'Video: conditions' },
  'platform-recording-started': { nl: 'Opname van het platform gestart', en: 'The platform’s recording started' },
  'vulnerable-person-present': { nl: 'Kind of wilsonbekwame aanwezig', en: 'Child or person who cannot decide present' },
  copy: { nl: 'Kopie van een opname', en: 'Copy of a recording' },
  'publish-request': { nl: 'Verzoek om te publiceren of te delen', en: 'Request to publish or share' },
  'concerns-discussed': { nl: 'Zorgen besproken', en: 'Concerns discussed' },
  'recording-registered': { nl: 'Opnamecode geregistreerd', en: 'Recording code registered' },
  correction: { nl: 'Correctie', en: 'Correction' },
  'retention-deleted': { nl: 'Oude vermeldingen verwijderd (bewaartermijn)', en: 'Old entries deleted (retention)' },
};

export const VALUE_LABELS: Readonly<Record<string, Words>> = {
  announced: { nl: 'aangekondigd', en: 'announced' },
  noticed: { nl: 'opgemerkt, niet aangekondigd', en: 'noticed, not announced' },
  granted: { nl: 'toestemming gegeven', en: 'granted' },
  refused: { nl: 'geweigerd', en: 'refused' },
  'refused-portrait-right': { nl: 'direct geweigerd (portretrecht)', en: 'refused on the spot (portrait right)' },
  referred: { nl: 'doorverwezen naar de procedure', en: 'referred to the procedure' },
  allowed: { nl: 'toegestaan', en: 'allowed' },
  'signed-by-both': { nl: 'door beiden ondertekend', en: 'signed by both' },
  'client-refused-to-sign': { nl: 'cliënt weigert te tekenen', en: 'the client refused to sign' },
  staff: { nl: 'medewerker', en: 'staff' },
  client: { nl: 'cliënt', en: 'client' },
  unknown: { nl: 'onbekend', en: 'unknown' },
  child: { nl: 'kind', en: 'child' },
  'adult-cannot-decide': { nl: 'wilsonbekwame volwassene', en: 'adult who cannot decide' },
  requested: { nl: 'gevraagd', en: 'requested' },
  'handed-over': { nl: 'overhandigd', en: 'handed over' },
  'staff-to-client': { nl: 'van medewerker aan cliënt', en: 'from staff to client' },
  'client-to-staff': { nl: 'van cliënt aan medewerker', en: 'from client to staff' },
  publish: { nl: 'publiceren', en: 'publish' },
  'share-with-third-party': { nl: 'delen met derden', en: 'share with others' },
  true: { nl: 'ja', en: 'yes' },
  false: { nl: 'nee', en: 'no' },
};

export const FIELD_LABELS: Readonly<Record<string, Words>> = {
  how: { nl: 'Hoe', en: 'How' },
  answer: { nl: 'Antwoord', en: 'Answer' },
  outcome: { nl: 'Uitkomst', en: 'Outcome' },
  consulted: { nl: 'Geraadpleegd', en: 'Consulted' },
  decision: { nl: 'Besluit', en: 'Decision' },
  decidedOn: { nl: 'Datum besluit', en: 'Decided on' },
  startedBy: { nl: 'Gestart door', en: 'Started by' },
  consentAsked: { nl: 'Toestemming gevraagd', en: 'Consent asked' },
  who: { nl: 'Wie', en: 'Who' },
  action: { nl: 'Wat', en: 'What' },
  direction: { nl: 'Richting', en: 'Direction' },
  requestedBy: { nl: 'Gevraagd door', en: 'Requested by' },
  request: { nl: 'Verzoek', en: 'Request' },
  party: { nl: 'Partij', en: 'Party' },
  code: { nl: 'Code', en: 'Code' },
  shortCode: { nl: 'Korte code', en: 'Short code' },
  corrects: { nl: 'Corrigeert nr.', en: 'Corrects no.' },
  count: { nl: 'Aantal', en: 'Count' },
  before: { nl: 'Ouder dan', en: 'Older than' },
};

export function valueLabel(value: unknown, language: Language): string {
  if (Array.isArray(value)) return value.map((item) => valueLabel(item, language)).join(', ');
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return VALUE_LABELS[String(value)]?.[language] ?? String(value);
}

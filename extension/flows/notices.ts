// The one-click notices of the overlay and the popup: for each moment of a call, the outcomes staff
// can log with one click, each fixing the entry's kind-specific fields. The background looks a
// notice up here by id, so a content script can only ever log one of these fixed outcomes.
import type { KindFields } from '../../shared/consent/entry.ts';
import type { Language, Moment } from '../../shared/rules/index.ts';

export type NoticeId =
  | 'audio-announced'
  | 'audio-noticed'
  | 'staff-record-granted'
  | 'staff-record-refused'
  | 'video-refused-portrait-right'
  | 'video-referred'
  | 'child-present'
  | 'adult-cannot-decide-present'
  | 'platform-recording-consent-asked'
  | 'platform-recording-by-client'
  | 'platform-recording-no-consent'
  | 'concerns-discussed'
  | 'copy-requested-by-client'
  | 'copy-handed-to-client'
  | 'copy-received-from-client'
  | 'publish-requested'
  | 'share-requested';

export interface Notice {
  id: NoticeId;
  /** The moment whose rules were shown: its notice text is what the entry's noticeHash cites. */
  moment: Moment;
  label: Readonly<Record<Language, string>>;
  fields: KindFields;
}

const copy = (action: 'requested' | 'handed-over', direction: 'staff-to-client' | 'client-to-staff'): KindFields => ({ kind: 'copy', action, direction });

export const NOTICES: readonly Notice[] = [
  { id: 'audio-announced', moment: 'client-asks-audio', label: { nl: 'Cliënt kondigde opname aan', en: 'Client announced recording' }, fields: { kind: 'client-records-audio', how: 'announced' } },
  { id: 'audio-noticed', moment: 'client-asks-audio', label: { nl: 'Opname opgemerkt, niet aangekondigd', en: 'Recording noticed, not announced' }, fields: { kind: 'client-records-audio', how: 'noticed' } },
  { id: 'staff-record-granted', moment: 'staff-wants-to-record', label: { nl: 'Cliënt gaf toestemming', en: 'Client gave consent' }, fields: { kind: 'staff-asks-to-record', answer: 'granted' } },
  { id: 'staff-record-refused', moment: 'staff-wants-to-record', label: { nl: 'Cliënt weigerde', en: 'Client refused' }, fields: { kind: 'staff-asks-to-record', answer: 'refused' } },
  { id: 'video-refused-portrait-right', moment: 'client-asks-video', label: { nl: 'Direct geweigerd (portretrecht)', en: 'Refused on the spot (portrait right)' }, fields: { kind: 'video-request', outcome: 'refused-portrait-right' } },
  { id: 'video-referred', moment: 'client-asks-video', label: { nl: 'Doorverwezen naar de procedure', en: 'Referred to the procedure' }, fields: { kind: 'video-request', outcome: 'referred' } },
  { id: 'child-present', moment: 'child-present', label: { nl: 'Kind aanwezig', en: 'Child present' }, fields: { kind: 'vulnerable-person-present', who: 'child' } },
  { id: 'adult-cannot-decide-present', moment: 'child-present', label: { nl: 'Wilsonbekwame volwassene aanwezig', en: 'Adult who cannot decide present' }, fields: { kind: 'vulnerable-person-present', who: 'adult-cannot-decide' } },
  { id: 'platform-recording-consent-asked', moment: 'recording-started', label: { nl: 'Ik startte de opname, toestemming gevraagd', en: 'I started it, consent asked' }, fields: { kind: 'platform-recording-started', startedBy: 'staff', consentAsked: true } },
  { id: 'platform-recording-by-client', moment: 'recording-started', label: { nl: 'Cliënt startte de opname', en: 'The client started it' }, fields: { kind: 'platform-recording-started', startedBy: 'client', consentAsked: false } },
  { id: 'platform-recording-no-consent', moment: 'recording-started', label: { nl: 'Gestart zonder toestemming te vragen', en: 'Started without asking consent' }, fields: { kind: 'platform-recording-started', startedBy: 'unknown', consentAsked: false } },
  { id: 'concerns-discussed', moment: 'call-start', label: { nl: 'Zorgen besproken', en: 'Concerns discussed' }, fields: { kind: 'concerns-discussed' } },
  { id: 'copy-requested-by-client', moment: 'copy-request', label: { nl: 'Cliënt vraagt een kopie', en: 'Client asks for a copy' }, fields: copy('requested', 'staff-to-client') },
  { id: 'copy-handed-to-client', moment: 'copy-request', label: { nl: 'Kopie aan cliënt gegeven', en: 'Copy handed to the client' }, fields: copy('handed-over', 'staff-to-client') },
  { id: 'copy-received-from-client', moment: 'copy-request', label: { nl: 'Kopie van cliënt ontvangen', en: 'Copy received from the client' }, fields: copy('handed-over', 'client-to-staff') },
  { id: 'publish-requested', moment: 'publish-request', label: { nl: 'Verzoek om te publiceren', en: 'Request to publish' }, fields: { kind: 'publish-request', requestedBy: 'client', request: 'publish' } },
  { id: 'share-requested', moment: 'publish-request', label: { nl: 'Verzoek om te delen met derden', en: 'Request to share with others' }, fields: { kind: 'publish-request', requestedBy: 'client', request: 'share-with-third-party' } },
];

export const NOTICE_IDS: readonly NoticeId[] = NOTICES.map((notice) => notice.id);

/** The notices for a moment; the end of a call offers those about copies. */
export function noticesFor(moment: Moment): Notice[] {
  const shown = moment === 'call-end' ? 'copy-request' : moment;
  return NOTICES.filter((notice) => notice.moment === shown);
}

export function notice(id: NoticeId): Notice {
  const found = NOTICES.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`unknown notice "${id}"`);
  return found;
}

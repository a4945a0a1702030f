// Which kinds the log page can add and the inputs each needs, in the order of the policy's flows
// (the video procedure's steps in their order). Turns the form's strings into the entry's fields.
import type { EntryKind, KindFields } from '../../../shared/consent/entry.ts';

export type FieldSpec =
  | { name: string; input: 'choice'; options: readonly string[] }
  | { name: string; input: 'date' }
  | { name: string; input: 'list' }
  | { name: string; input: 'yes-no' }
  | { name: string; input: 'seq' };

/** Registering a code has its own panel; retention entries are written only by retention. */
export type FormKind = Exclude<EntryKind, 'recording-registered' | 'retention-deleted'>;

export const FORMS: Readonly<Record<FormKind, readonly FieldSpec[]>> = {
  'client-records-audio': [{ name: 'how', input: 'choice', options: ['announced', 'noticed'] }],
  'staff-asks-to-record': [{ name: 'answer', input: 'choice', options: ['granted', 'refused'] }],
  'video-request': [{ name: 'outcome', input: 'choice', options: ['refused-portrait-right', 'referred'] }],
  'video-staff-view': [{ name: 'consulted', input: 'list' }],
  'video-manager-decision': [
    { name: 'decision', input: 'choice', options: ['allowed', 'refused'] },
    { name: 'decidedOn', input: 'date' },
  ],
  'video-conditions': [{ name: 'outcome', input: 'choice', options: ['signed-by-both', 'client-refused-to-sign'] }],
  'platform-recording-started': [
    { name: 'startedBy', input: 'choice', options: ['staff', 'client', 'unknown'] },
    { name: 'consentAsked', input: 'yes-no' },
  ],
  'vulnerable-person-present': [{ name: 'who', input: 'choice', options: ['child', 'adult-cannot-decide'] }],
  copy: [
    { name: 'action', input: 'choice', options: ['requested', 'handed-over'] },
    { name: 'direction', input: 'choice', options: ['staff-to-client', 'client-to-staff'] },
  ],
  'publish-request': [
    { name: 'requestedBy', input: 'choice', options: ['client', 'staff'] },
    { name: 'request', input: 'choice', options: ['publish', 'share-with-third-party'] },
  ],
  'concerns-discussed': [],
  correction: [{ name: 'corrects', input: 'seq' }],
};

export const FORM_KINDS = Object.keys(FORMS) as FormKind[];

/** A form's starting values: the first option of each choice, empty otherwise. */
export function initialValues(kind: FormKind): Record<string, string> {
  return Object.fromEntries(FORMS[kind].map((spec) => [spec.name, spec.input === 'choice' ? (spec.options[0] ?? '') : spec.input === 'yes-no' ? 'true' : '']));
}

function fieldValue(spec: FieldSpec, text: string): unknown {
  switch (spec.input) {
    case 'list':
      return text.split(',').map((item) => item.trim()).filter((item) => item.length > 0);
    case 'yes-no':
      return text === 'true';
    case 'seq':
      return Number(text);
    default:
      return text;
  }
}

/** The kind's fields from the form; the background checks them against the entry schema. */
export function kindFields(kind: FormKind, values: Readonly<Record<string, string>>): KindFields {
  const fields: Record<string, unknown> = { kind };
  for (const spec of FORMS[kind]) fields[spec.name] = fieldValue(spec, values[spec.name] ?? '');
  return fields as unknown as KindFields;
}

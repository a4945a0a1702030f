// Logs an event of the policy in the chosen session (or, with a case reference, outside a call):
// the kind, its fields, the case reference and a note. The background fills in the rest.
import { useState } from 'preact/hooks';
import type { Entry } from '../../../shared/consent/entry.ts';
import type { Language } from '../../../shared/rules/index.ts';
import { send } from '../../send.ts';
import { FORM_KINDS, FORMS, initialValues, kindFields, type FieldSpec, type FormKind } from './entry-forms.ts';
import { FIELD_LABELS, KIND_LABELS, valueLabel } from './labels.ts';
import { lt } from './page-strings.ts';
import type { Session } from './sessions.ts';

interface Props {
  language: Language;
  session: Session | null;
  onAdded(entry: Entry): void;
}

function Field({ spec, value, language, onInput }: { spec: FieldSpec; value: string; language: Language; onInput(value: string): void }) {
  const label = FIELD_LABELS[spec.name]?.[language] ?? spec.name;
  const id = `field-${spec.name}`;
  const options = spec.input === 'choice' ? spec.options : spec.input === 'yes-no' ? ['true', 'false'] : null;
  return (
    <label for={id}>
      {label}{' '}
      {options !== null ? (
        <select id={id} name={spec.name} value={value} onChange={(event) => onInput(event.currentTarget.value)}>
          {options.map((option) => (
            <option key={option} value={option}>
              {valueLabel(option, language)}
            </option>
          ))}
        </select>
      ) : (
        <input id={id} name={spec.name} placeholder={spec.input === 'list' ? lt('listHint', language) : undefined} type={(spec.input === 'date' ? 'date' : spec.input === 'seq' ? 'number' : 'text') as 'text'} value={value} onInput={(event) => onInput(event.currentTarget.value)} />
      )}
    </label>
  );
}

export function AddEntry({ language, session, onAdded }: Props) {
  const [kind, setKind] = useState<FormKind>('client-records-audio');
  const [values, setValues] = useState(initialValues('client-records-audio'));
  const [caseRef, setCaseRef] = useState('');
  const [note, setNote] = useState('');
  const [status, setStatus] = useState('');

  const chooseKind = (next: FormKind) => {
    setKind(next);
    setValues(initialValues(next));
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const ref = caseRef.trim() === '' ? (session?.caseRef ?? null) : caseRef.trim();
    const meetingKey = session !== null && 'meetingKey' in session.key ? session.key.meetingKey : null;
    send({ type: 'log/append', session: { meetingKey, caseRef: ref }, fields: kindFields(kind, values), note }).then(
      (entry) => {
        setStatus(`${lt('added', language)} ${entry.seq}`);
        setNote('');
        onAdded(entry);
      },
      (error: unknown) => setStatus(`${lt('failed', language)}: ${error instanceof Error ? error.message : String(error)}`),
    );
  };

  return (
    <form onSubmit={submit} data-add-entry>
      <h2>{lt('addTitle', language)}</h2>
      {session === null && <p class="muted">{lt('newSessionHint', language)}</p>}
      <label for="entry-kind">
        {lt('kind', language)}{' '}
        <select id="entry-kind" name="kind" value={kind} onChange={(event) => chooseKind(event.currentTarget.value as FormKind)}>
          {FORM_KINDS.map((option) => (
            <option key={option} value={option}>
              {KIND_LABELS[option][language]}
            </option>
          ))}
        </select>
      </label>
      {FORMS[kind].map((spec) => (
        <Field key={`${kind}-${spec.name}`} spec={spec} language={language} value={values[spec.name] ?? ''} onInput={(value) => setValues({ ...values, [spec.name]: value })} />
      ))}
      <label for="entry-case">
        {lt('caseRef', language)} <input id="entry-case" name="caseRef" value={caseRef} placeholder={session?.caseRef ?? ''} onInput={(event) => setCaseRef(event.currentTarget.value)} />
      </label>
      <label for="entry-note">
        {lt('note', language)}
        <textarea id="entry-note" name="note" rows={3} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
      </label>
      <button type="submit">{lt('add', language)}</button>
      <p class="status" role="status" data-add-status>
        {status}
      </p>
    </form>
  );
}

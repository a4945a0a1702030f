// An entry as lines of plain text for the log page and the printout: its kind, then each
// kind-specific field with its value in words. Plain strings only: they are rendered as text.
import type { Entry } from '../../../shared/consent/entry.ts';
import { formatShortCode } from '../../../shared/consent/recording-codes.ts';
import { COMMON_FIELDS } from '../../../shared/consent/validate-entry.ts';
import type { Language } from '../../../shared/rules/index.ts';
import { FIELD_LABELS, KIND_LABELS, valueLabel } from './labels.ts';


export interface EntryText {
  title: string;
  details: string[];
}

export function describeEntry(entry: Entry, language: Language): EntryText {
  const record = entry as unknown as Record<string, unknown>;
  const details = Object.keys(record)
    .filter((field) => !COMMON_FIELDS.has(field) && record[field] !== null)
    .map((field) => {
      const value = field === 'shortCode' || field === 'code' ? formatShortCode(String(record[field])) : valueLabel(record[field], language);
      return `${FIELD_LABELS[field]?.[language] ?? field}: ${value}`;
    });
  return { title: KIND_LABELS[entry.kind][language], details };
}

/** Local date and time, to the minute, for people; the entry itself holds UTC to the millisecond. */
export function localTime(iso: string, language: Language): string {
  return new Date(iso).toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

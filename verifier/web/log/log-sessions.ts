// Groups a log export's entries into sessions (one call: one meeting key) for display. Works on
// unverified data: a broken log is shown too, so every field is read defensively as text.
import type { Registration } from '../../../shared/consent/recording-codes.ts';
import { COMMON_FIELDS } from '../../../shared/consent/validate-entry.ts';

type Item = Record<string, unknown>;

export interface ShownEntry {
  seq: string;
  time: string;
  kind: string;
  staff: string;
  /** The kind's own fields as "name: value", e.g. "how: announced". */
  details: string;
  note: string;
}

export interface ShownSession {
  key: string;
  platform: string;
  caseRef: string;
  entries: ShownEntry[];
  /** The session's recording-code registrations, for comparing both parties' codes. */
  registrations: Registration[];
}

const text = (value: unknown): string => (value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));

const codeOrNull = (value: unknown): boolean => value === null || typeof value === 'string';

function isRegistration(item: Item): item is Item & Registration {
  return item.kind === 'recording-registered' && (item.party === 'staff' || item.party === 'client') && codeOrNull(item.code) && codeOrNull(item.shortCode);
}

export function logSessions(data: unknown): { sessions: ShownSession[]; links: number } {
  const items = typeof data === 'object' && data !== null && Array.isArray((data as Item).entries) ? ((data as Item).entries as unknown[]) : [];
  const sessions = new Map<string, ShownSession>();
  let links = 0;
  for (const value of items) {
    if (typeof value !== 'object' || value === null || !('kind' in value)) {
      links++;
      continue;
    }
    const item = value as Item;
    const key = text(item.meetingKey);
    let session = sessions.get(key);
    if (!session) {
      session = { key, platform: text(item.platform), caseRef: text(item.caseRef), entries: [], registrations: [] };
      sessions.set(key, session);
    }
    const details = Object.entries(item)
      .filter(([field]) => !COMMON_FIELDS.has(field))
      .map(([field, v]) => `${field}: ${text(v)}`)
      .join('; ');
    session.entries.push({ seq: text(item.seq), time: text(item.time), kind: text(item.kind), staff: text(item.staff), details, note: text(item.note) });
    if (isRegistration(item)) session.registrations.push(item);
  }
  return { sessions: [...sessions.values()], links };
}

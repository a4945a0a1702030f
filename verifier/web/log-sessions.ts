// Groups a log export's entries into sessions (one call: one meeting key) for display. Works on
// unverified data: a broken log is shown too, so every field is read defensively as text.
import { COMMON_FIELDS } from '../../shared/consent/validate-entry.ts';

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
}


const text = (value: unknown): string => (value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));

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
      session = { key, platform: text(item.platform), caseRef: text(item.caseRef), entries: [] };
      sessions.set(key, session);
    }
    const details = Object.entries(item)
      .filter(([field]) => !COMMON_FIELDS.has(field))
      .map(([field, v]) => `${field}: ${text(v)}`)
      .join('; ');
    session.entries.push({ seq: text(item.seq), time: text(item.time), kind: text(item.kind), staff: text(item.staff), details, note: text(item.note) });
  }
  return { sessions: [...sessions.values()], links };
}

// Groups the log into sessions for the log page: a session is a meeting (its key), or for entries
// made outside a call, a case reference. Entries with neither (retention) belong to no session.
import type { Entry } from '../../../shared/consent/entry.ts';
import type { SessionKey } from '../../../shared/consent/export-format.ts';

export interface Session {
  id: string;
  key: SessionKey;
  platform: string;
  caseRef: string | null;
  entries: Entry[];
}

export function sessionKeyOf(entry: Entry): SessionKey | null {
  if (entry.meetingKey !== null) return { meetingKey: entry.meetingKey };
  return entry.caseRef === null ? null : { caseRef: entry.caseRef };
}

export function sessionId(key: SessionKey): string {
  return 'meetingKey' in key ? `m:${key.meetingKey}` : `c:${key.caseRef}`;
}

/** Newest session first, each with its entries in chain order. */
export function groupSessions(log: readonly Entry[]): Session[] {
  const sessions = new Map<string, Session>();
  for (const entry of log) {
    const key = sessionKeyOf(entry);
    if (key === null) continue;
    const id = sessionId(key);
    const session = sessions.get(id) ?? { id, key, platform: entry.platform, caseRef: null, entries: [] };
    session.entries.push(entry);
    session.caseRef ??= entry.caseRef;
    sessions.set(id, session);
  }
  return [...sessions.values()].sort((a, b) => (b.entries.at(-1)?.seq ?? 0) - (a.entries.at(-1)?.seq ?? 0));
}

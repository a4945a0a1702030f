// The consent log store: a tiny API over IndexedDB for the background. Appends from any number of
// callers form one linear chain because each append reads the head and writes the entry in a
// single readwrite transaction, and IndexedDB runs overlapping readwrite transactions one at a time.
// Hashing is synchronous, so nothing inside a transaction awaits anything but IndexedDB itself.

import { canonicalJson, CanonicalJsonError } from '../../shared/consent/canonical-json.ts';
import { GENESIS, sealEntry } from '../../shared/consent/chain.ts';
import type { Checkpoint } from '../../shared/consent/checkpoint.ts';
import type { ChainPoint, Entry, EntryDraft, EntryKind } from '../../shared/consent/entry.ts';
import { buildFullExport, buildSessionExport, type LogExport, type SessionKey } from '../../shared/consent/export-format.ts';
import { meetingKey } from '../../shared/consent/meeting-key.ts';
import { entryProblem } from '../../shared/consent/validate-entry.ts';
import { checkLogExport, type LogCheck } from '../../shared/consent/check-export.ts';
import { parseExportText } from '../../shared/consent/verify.ts';
import { LogStoreError, toStoreError } from './errors.ts';
import { openLogDatabase, type LogDatabase } from './schema.ts';
import { compareWithLive, type LiveComparison } from './compare-live.ts';
import { retentionDraft } from './retention.ts';
import { newNonce } from './nonce.ts';
import { checkpointAt, signingWithin } from './checkpoints.ts';
import { deviceKey } from './device-key.ts';

export interface ListFilter {
  meetingKey?: string;
  caseRef?: string;
  kind?: EntryKind;
}

export interface ImportResult {
  /** The chain, the signatures and the times, as the verifiers check them. */
  check: LogCheck;
  /** How the imported chain relates to this install's log; null when it did not verify. */
  live: LiveComparison | null;
}

export interface RetentionResult {
  deleted: number;
  /** The retention-deleted entry appended, or null when nothing was old enough. */
  entry: Entry | null;
}

export interface LogStore {
  append(draft: EntryDraft): Promise<Entry>;
  list(filter?: ListFilter): Promise<Entry[]>;
  head(): Promise<ChainPoint>;
  /** Exports sign a checkpoint at their head; a session export also one where it starts. */
  exportAll(now?: Date): Promise<LogExport>;
  exportSession(key: SessionKey, now?: Date): Promise<LogExport | null>;
  /** A signed checkpoint at the head of the log, or at a session's last entry (null: no such session). */
  checkpoint(session: SessionKey | null, now?: Date): Promise<Checkpoint | null>;
  importAndVerify(text: string): Promise<ImportResult>;
  applyRetention(now: Date, days: number): Promise<RetentionResult>;
  meetingKeyFor(platform: string, meetingId: string): Promise<string>;
  close(): void;
}

export async function openLogStore(name?: string): Promise<LogStore> {
  let db: LogDatabase;
  try {
    db = await openLogDatabase(name);
    // The device key is made on first use of the log, while there is surely room to store it.
    await deviceKey(db);
  } catch (error) {
    throw toStoreError(error);
  }
  return {
    append: (draft) => append(db, draft),
    list: (filter) => guarded(() => list(db, filter ?? {})),
    head: () => guarded(async () => headOf(await db.transaction('entries').store.openCursor(null, 'prev'))),
    exportAll: (now = new Date()) => guarded(() => exportAll(db, now)),
    exportSession: (key, now = new Date()) => guarded(() => exportSession(db, key, now)),
    checkpoint: (session, now = new Date()) => guarded(() => checkpointOf(db, session, now)),
    importAndVerify: (text) => importAndVerify(db, text),
    applyRetention: (now, days) => applyRetention(db, now, days),
    meetingKeyFor: (platform, meetingId) =>
      guarded(async () => {
        const salt = await db.get('meta', 'meeting-salt');
        if (!salt || !('bytes' in salt)) throw new LogStoreError('unavailable', 'the log database has no meeting salt');
        return meetingKey(salt.bytes, platform, meetingId);
      }),
    close: () => db.close(),
  };
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStoreError(error);
  }
}

function headOf(cursor: { value: Entry } | null): ChainPoint {
  return cursor ? { seq: cursor.value.seq, hash: cursor.value.hash } : GENESIS;
}

function checkDraft(draft: EntryDraft): void {
  const problem = entryProblem(draft, false);
  if (problem !== null) throw new LogStoreError('invalid-entry', `the entry ${problem}; nothing was written`);
  try {
    canonicalJson(draft);
  } catch (error) {
    if (error instanceof CanonicalJsonError) throw new LogStoreError('invalid-entry', `the entry cannot be hashed: ${error.message}`);
    throw error;
  }
}

async function append(db: LogDatabase, draft: EntryDraft): Promise<Entry> {
  checkDraft(draft);
  const tx = db.transaction('entries', 'readwrite');
  try {
    const head = headOf(await tx.store.openCursor(null, 'prev'));
    const entry = sealEntry({ ...draft, nonce: newNonce() }, head);
    // Rules that depend on the entry's place in the chain (a correction names an earlier entry).
    const problem = entryProblem(entry, true);
    if (problem !== null) {
      tx.abort();
      throw new LogStoreError('invalid-entry', `the entry ${problem}; nothing was written`);
    }
    await Promise.all([tx.store.add(entry), tx.done]);
    return entry;
  } catch (error) {
    tx.done.catch(() => undefined);
    throw toStoreError(error, tx.error);
  }
}

async function list(db: LogDatabase, filter: ListFilter): Promise<Entry[]> {
  const entries =
    filter.meetingKey !== undefined
      ? await db.getAllFromIndex('entries', 'meetingKey', filter.meetingKey)
      : filter.caseRef !== undefined
        ? await db.getAllFromIndex('entries', 'caseRef', filter.caseRef)
        : await db.getAll('entries');
  return entries.filter(
    (entry) =>
      (filter.caseRef === undefined || entry.caseRef === filter.caseRef) && (filter.kind === undefined || entry.kind === filter.kind),
  );
}

async function exportAll(db: LogDatabase, now: Date): Promise<LogExport> {
  const log = await db.getAll('entries');
  const first = log[0];
  const last = log.at(-1);
  const base = first === undefined ? GENESIS.seq : first.seq - 1;
  const head = last === undefined ? GENESIS : { seq: last.seq, hash: last.hash };
  await checkpointAt(db, head, now);
  return buildFullExport(log, now.toISOString(), await signingWithin(db, base, head.seq));
}

/** The session's span of the chain, from its first to its last entry. */
async function sessionSpan(db: LogDatabase, key: SessionKey): Promise<Entry[]> {
  const tx = db.transaction('entries');
  const seqs =
    'meetingKey' in key
      ? await tx.store.index('meetingKey').getAllKeys(key.meetingKey)
      : await tx.store.index('caseRef').getAllKeys(key.caseRef);
  const first = seqs[0];
  const last = seqs.at(-1);
  if (first === undefined || last === undefined) return [];
  return tx.store.getAll(IDBKeyRange.bound(first, last));
}

async function exportSession(db: LogDatabase, key: SessionKey, now: Date): Promise<LogExport | null> {
  const span = await sessionSpan(db, key);
  const first = span[0];
  const last = span.at(-1);
  if (first === undefined || last === undefined) return null;
  // The export starts at a signed checkpoint, so its first `prev` is the device's word.
  await checkpointAt(db, { seq: first.seq - 1, hash: first.prev }, now);
  await checkpointAt(db, { seq: last.seq, hash: last.hash }, now);
  return buildSessionExport(span, key, now.toISOString(), await signingWithin(db, first.seq - 1, last.seq));
}

async function checkpointOf(db: LogDatabase, session: SessionKey | null, now: Date): Promise<Checkpoint | null> {
  if (session === null) return checkpointAt(db, headOf(await db.transaction('entries').store.openCursor(null, 'prev')), now);
  const last = (await sessionSpan(db, session)).at(-1);
  return last === undefined ? null : checkpointAt(db, { seq: last.seq, hash: last.hash }, now);
}

async function importAndVerify(db: LogDatabase, text: string): Promise<ImportResult> {
  const data = parseExportText(text);
  const check = await checkLogExport(data);
  if (!check.ok) return { check, live: null };
  return { check, live: await guarded(() => compareWithLive(db, (data as LogExport).entries)) };
}

async function applyRetention(db: LogDatabase, now: Date, days: number): Promise<RetentionResult> {
  if (!Number.isSafeInteger(days) || days < 1) throw new LogStoreError('invalid-period', `the retention period must be whole days, 1 or more (got ${days})`);
  const before = new Date(now.getTime() - days * 86_400_000);
  const tx = db.transaction('entries', 'readwrite');
  try {
    let deleted = 0;
    let lastDeleted: ChainPoint | null = null;
    // Delete the oldest entries while they are older than the cut-off: always a prefix of the
    // chain, so what remains is one unbroken chain that starts right after `lastDeleted`.
    let cursor = await tx.store.openCursor();
    while (cursor && Date.parse(cursor.value.time) < before.getTime()) {
      lastDeleted = { seq: cursor.value.seq, hash: cursor.value.hash };
      deleted++;
      await cursor.delete();
      cursor = await cursor.continue();
    }
    if (lastDeleted === null) {
      await tx.done;
      return { deleted: 0, entry: null };
    }
    const tail = await tx.store.openCursor(null, 'prev');
    const entry = sealEntry({ ...retentionDraft(now, before, deleted, lastDeleted), nonce: newNonce() }, tail ? headOf(tail) : lastDeleted);
    await Promise.all([tx.store.add(entry), tx.done]);
    return { deleted, entry };
  } catch (error) {
    tx.done.catch(() => undefined);
    throw toStoreError(error, tx.error);
  }
}

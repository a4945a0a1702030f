// The log database: typed schema and versioned migrations. Only the background opens it (a
// content script would open the call site's origin instead).

import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Checkpoint } from '../../shared/consent/checkpoint.ts';
import type { Entry } from '../../shared/consent/entry.ts';
import { MEETING_SALT_BYTES } from '../../shared/consent/meeting-key.ts';

export const LOG_DB_NAME = 'opnamepact-log';

export interface SaltRecord {
  id: 'meeting-salt';
  bytes: Uint8Array;
}

/** See device-key.ts: the private key is a non-extractable CryptoKey. */
export interface DeviceKeyRecord {
  id: 'device-key';
  privateKey: CryptoKey;
  spki: Uint8Array;
  fingerprint: string;
}

export interface LogSchema extends DBSchema {
  /** Keyed by `seq`, so key order is chain order and the last key is the head. */
  entries: {
    key: number;
    value: Entry;
    indexes: { meetingKey: string; caseRef: string };
  };
  meta: { key: SaltRecord['id'] | DeviceKeyRecord['id']; value: SaltRecord | DeviceKeyRecord };
  /** Signed checkpoints by `seq` (the latest signing of a head replaces an earlier one). */
  checkpoints: { key: number; value: Checkpoint };
}

export type LogDatabase = IDBPDatabase<LogSchema>;

/** Each step takes the database from version n-1 to n; a new version appends a step. */
const MIGRATIONS: ((db: LogDatabase) => void)[] = [
  (db) => {
    const entries = db.createObjectStore('entries', { keyPath: 'seq' });
    // Entries with a null meetingKey or caseRef are simply absent from that index.
    entries.createIndex('meetingKey', 'meetingKey');
    entries.createIndex('caseRef', 'caseRef');
    const meta = db.createObjectStore('meta', { keyPath: 'id' });
    meta.put({ id: 'meeting-salt', bytes: crypto.getRandomValues(new Uint8Array(MEETING_SALT_BYTES)) });
  },
  (db) => {
    db.createObjectStore('checkpoints', { keyPath: 'seq' });
  },
];

export const LOG_DB_VERSION = MIGRATIONS.length;

export function openLogDatabase(name: string = LOG_DB_NAME): Promise<LogDatabase> {
  return openDB<LogSchema>(name, LOG_DB_VERSION, {
    upgrade(db, oldVersion) {
      for (let version = oldVersion; version < LOG_DB_VERSION; version++) (MIGRATIONS[version] as (db: LogDatabase) => void)(db);
    },
    blocking(_current, _next, event) {
      // A newer version (after an extension update) waits for this connection: let it go.
      (event.target as IDBDatabase).close();
    },
  });
}

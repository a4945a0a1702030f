// The export file: the whole log, or one session with the chain links between its entries, plus
// the head hash. Documented in docs/consent-log.md.

import { GENESIS } from './chain.ts';
import type { Checkpoint } from './checkpoint.ts';
import type { Entry, Link } from './entry.ts';

export const LOG_FORMAT = 'opnamepact-consent-log';
/** 2 added `signing` and the per-entry `nonce`; version 1 exports still verify, unsigned. */
export const LOG_FORMAT_VERSION = 2;

export type SessionKey = { meetingKey: string } | { caseRef: string };

/** The device key and its signed checkpoints inside the export's span. */
export interface LogSigning {
  /** Base64 of the public key's SPKI bytes (ECDSA P-256). */
  publicKey: string;
  keyFingerprint: string;
  /** In sequence order; one is at the head, and for a session export one is where it starts. */
  checkpoints: Checkpoint[];
}

export interface LogExport {
  format: typeof LOG_FORMAT;
  version: typeof LOG_FORMAT_VERSION;
  exportedAt: string;
  scope: 'all' | 'session';
  /** Which session, for scope `session`; null for `all`. */
  session: SessionKey | null;
  /** In chain order. A full export holds only entries; a session export holds links for entries
   *  of other sessions between its first and last entry. */
  entries: (Entry | Link)[];
  /** Hash of the last item of `entries` (the genesis hash for an empty log). */
  head: string;
  signing: LogSigning;
}

export function isLink(item: Entry | Link): item is Link {
  return !('kind' in item);
}

export function inSession(entry: Entry, key: SessionKey): boolean {
  return 'meetingKey' in key ? entry.meetingKey === key.meetingKey : entry.caseRef === key.caseRef;
}

function toLink(entry: Entry): Link {
  return { seq: entry.seq, prev: entry.prev, hash: entry.hash };
}

/** `log` is the whole live log in sequence order. */
export function buildFullExport(log: readonly Entry[], exportedAt: string, signing: LogSigning): LogExport {
  return {
    format: LOG_FORMAT,
    version: LOG_FORMAT_VERSION,
    exportedAt,
    scope: 'all',
    session: null,
    entries: [...log],
    head: log.at(-1)?.hash ?? GENESIS.hash,
    signing,
  };
}

/** From the session's first to its last entry; other sessions' entries in between become links,
 *  so the chain stays checkable without disclosing them. Null when the session has no entries. */
export function buildSessionExport(log: readonly Entry[], key: SessionKey, exportedAt: string, signing: LogSigning): LogExport | null {
  const span = sessionSpan(log, key);
  if (span === null) return null;
  const { first, last } = span;
  const entries = log.slice(first, last + 1).map((entry) => (inSession(entry, key) ? entry : toLink(entry)));
  return {
    format: LOG_FORMAT,
    version: LOG_FORMAT_VERSION,
    exportedAt,
    scope: 'session',
    session: key,
    entries,
    head: (log[last] as Entry).hash,
    signing,
  };
}

/** Indexes in `log` of the session's first and last entry; null when it has none. */
export function sessionSpan(log: readonly Entry[], key: SessionKey): { first: number; last: number } | null {
  const first = log.findIndex((entry) => inSession(entry, key));
  if (first < 0) return null;
  let last = log.length - 1;
  while (!inSession(log[last] as Entry, key)) last--;
  return { first, last };
}

/** The checkpoints an export of the span after `fromSeq` through `toSeq` carries, in sequence order. */
export function checkpointsWithin(checkpoints: readonly Checkpoint[], fromSeq: number, toSeq: number): Checkpoint[] {
  return checkpoints.filter((point) => point.seq >= fromSeq && point.seq <= toSeq).sort((a, b) => a.seq - b.seq);
}

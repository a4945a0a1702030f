// The data behind the printable session page for the client file: the session's entries, the
// chain span they sit in, the head hash to print, and whether both parties' codes match.
// Rendering (HTML, print CSS) is done elsewhere from this.

import type { Entry } from './entry.ts';
import { isLink, type LogExport, type SessionKey } from './export-format.ts';
import { codeStatus, type CodeStatus } from './recording-codes.ts';

export interface SessionPrintModel {
  session: SessionKey;
  exportedAt: string;
  /** Sequence numbers of the session's first and last entry: the printed span of the chain. */
  firstSeq: number;
  lastSeq: number;
  /** Hash of the session's last entry; any later full export must hold it at `lastSeq`. */
  head: string;
  entries: Entry[];
  /** Entries of other sessions inside the span, present only as links. */
  otherEntries: number;
  codes: CodeStatus;
}

export function sessionPrintModel(exported: LogExport): SessionPrintModel {
  if (exported.scope !== 'session' || exported.session === null) throw new RangeError('a printable page needs a session export');
  const entries = exported.entries.filter((item): item is Entry => !isLink(item));
  const first = entries[0];
  const last = entries.at(-1);
  if (first === undefined || last === undefined) throw new RangeError('the session export holds no entries');
  return {
    session: exported.session,
    exportedAt: exported.exportedAt,
    firstSeq: first.seq,
    lastSeq: last.seq,
    head: exported.head,
    entries,
    otherEntries: exported.entries.length - entries.length,
    codes: codeStatus(entries),
  };
}

// Reads the envelope of an export (everything except the entries' own content) from unknown
// input. Problems here mean "this is not a log export we can read", not "the log was changed",
// so they throw ConsentFormatError instead of being reported as a broken chain.

import { checkCaseRef, checkHex64, checkTime } from './fields.ts';
import { ConsentFormatError } from './format-error.ts';
import { LOG_FORMAT, LOG_FORMAT_VERSION, type SessionKey } from './export-format.ts';

export interface ExportEnvelope {
  version: number;
  scope: 'all' | 'session';
  session: SessionKey | null;
  entries: unknown[];
  head: string;
  /** Format 2's `signing`, unchecked (a missing or broken one is a broken log, not bad input). */
  signing: unknown;
}

const ENVELOPE_FIELDS = ['format', 'version', 'exportedAt', 'scope', 'session', 'entries', 'head'];
const SIGNED_FIELDS = [...ENVELOPE_FIELDS, 'signing'];

export function readEnvelope(data: unknown): ExportEnvelope {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ConsentFormatError('not a consent log export: expected a JSON object');
  }
  const record = data as Record<string, unknown>;
  if (record['format'] !== LOG_FORMAT) {
    throw new ConsentFormatError(`not a consent log export: "format" is ${JSON.stringify(record['format'])}, expected "${LOG_FORMAT}"`);
  }
  const version = record['version'];
  if (!Number.isSafeInteger(version) || (version as number) < 1) {
    throw new ConsentFormatError(`malformed consent log export: "version" is ${JSON.stringify(version)}, expected a whole number`);
  }
  if ((version as number) > LOG_FORMAT_VERSION) {
    throw new ConsentFormatError(
      `consent log export format version ${version} is newer than this Opnamepact reads (version ${LOG_FORMAT_VERSION}); update Opnamepact`,
    );
  }
  const allowed = version === 1 ? ENVELOPE_FIELDS : SIGNED_FIELDS;
  const unknownField = Object.keys(record).find((field) => !allowed.includes(field));
  if (unknownField !== undefined) malformed(`unknown field "${unknownField}"`);
  if (checkTime(record['exportedAt']) !== null) malformed('"exportedAt" is not an ISO UTC time');
  const scope = record['scope'];
  if (scope !== 'all' && scope !== 'session') malformed(`"scope" is ${JSON.stringify(scope)}, expected "all" or "session"`);
  const entries = record['entries'];
  if (!Array.isArray(entries)) malformed('"entries" is not a list');
  // A head of the wrong shape is still compared (and reported as a head mismatch): it is chain data.
  if (typeof record['head'] !== 'string') malformed('"head" is not a text');
  const session = readSession(scope, record['session']);
  if (scope === 'session' && entries.length === 0) malformed('a session export holds no entries');
  return { version: version as number, scope, session, entries, head: record['head'] as string, signing: record['signing'] };
}

function readSession(scope: 'all' | 'session', value: unknown): SessionKey | null {
  if (scope === 'all') {
    if (value !== null) malformed('"session" must be null in a full export');
    return null;
  }
  if (typeof value !== 'object' || value === null) malformed('"session" must name a meetingKey or a caseRef');
  const keys = Object.keys(value);
  const record = value as Record<string, unknown>;
  if (keys.length === 1 && keys[0] === 'meetingKey' && checkHex64(record['meetingKey']) === null) {
    return { meetingKey: record['meetingKey'] as string };
  }
  if (keys.length === 1 && keys[0] === 'caseRef' && checkCaseRef(record['caseRef']) === null) {
    return { caseRef: record['caseRef'] as string };
  }
  return malformed('"session" must name exactly one valid meetingKey or caseRef');
}

function malformed(problem: string): never {
  throw new ConsentFormatError(`malformed consent log export: ${problem}`);
}

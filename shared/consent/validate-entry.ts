// Validates an unknown value as an entry (or a draft) field by field, per kind. Unknown fields are
// refused too: everything in an entry is hashed, so the schema is the whole record. Field names are
// looked up as own properties only, so `constructor` or `__proto__` are unknown fields like any other.

import type { EntryKind } from './entry.ts';
import {
  checkCaseRef,
  checkDate,
  checkHex64,
  checkNote,
  checkOneOf,
  checkPlatform,
  checkShortCode,
  checkStaff,
  checkTime,
  checkWholeNumber,
  type FieldProblem,
} from './fields.ts';

type Check = (value: unknown) => FieldProblem;
type Shape = Record<string, Check>;

const nullable = (check: Check): Check => (value) => (value === null ? null : check(value));

const checkObject = (shape: Shape): Check => (value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'must be an object';
  return checkShape(value as Record<string, unknown>, shape);
};

const checkBoolean: Check = (value) => (typeof value === 'boolean' ? null : 'must be true or false');

const checkStaffList: Check = (value) => {
  if (!Array.isArray(value) || value.length === 0 || value.length > 10) return 'must list 1 to 10 initials or roles';
  for (const item of value) {
    const problem = checkStaff(item);
    if (problem !== null) return `has an item that ${problem}`;
  }
  return null;
};

const COMMON: Shape = {
  time: checkTime,
  platform: checkPlatform,
  meetingKey: nullable(checkHex64),
  caseRef: nullable(checkCaseRef),
  staff: checkStaff,
  catalogue: nullable(checkObject({ version: (v) => (typeof v === 'string' && v.length > 0 && v.length <= 40 ? null : 'must be a short text'), hash: checkHex64 })),
  noticeHash: nullable(checkHex64),
  note: checkNote,
};

/** Written into every entry since format 2 (older entries lack it): 128 random bits, so that an
 *  entry of another session cannot be confirmed by guessing its content from its hash. */
const OPTIONAL: Shape = {
  nonce: (v) => (typeof v === 'string' && /^[0-9a-f]{32}$/.test(v) ? null : 'must be 32 lowercase hex digits'),
};

const checkSeq: Check = (v) => checkWholeNumber(v) ?? ((v as number) >= 1 ? null : 'must be 1 or more');

export const CHAIN_SHAPE: Shape = {
  seq: checkSeq,
  prev: checkHex64,
  hash: checkHex64,
};

const KINDS: Record<EntryKind, Shape> = {
  'client-records-audio': { how: checkOneOf(['announced', 'noticed']) },
  'staff-asks-to-record': { answer: checkOneOf(['granted', 'refused']) },
  'video-request': { outcome: checkOneOf(['refused-portrait-right', 'referred']) },
  'video-staff-view': { consulted: checkStaffList },
  'video-manager-decision': { decision: checkOneOf(['allowed', 'refused']), decidedOn: checkDate },
  'video-conditions': { outcome: checkOneOf(['signed-by-both', 'client-refused-to-sign']) },
  'platform-recording-started': { startedBy: checkOneOf(['staff', 'client', 'unknown']), consentAsked: checkBoolean },
  'vulnerable-person-present': { who: checkOneOf(['child', 'adult-cannot-decide']) },
  copy: {
    action: checkOneOf(['requested', 'handed-over']),
    direction: checkOneOf(['staff-to-client', 'client-to-staff']),
  },
  'publish-request': {
    requestedBy: checkOneOf(['client', 'staff']),
    request: checkOneOf(['publish', 'share-with-third-party']),
  },
  'concerns-discussed': {},
  'recording-registered': {
    party: checkOneOf(['staff', 'client']),
    code: nullable(checkHex64),
    shortCode: nullable(checkShortCode),
  },
  correction: { corrects: checkSeq },
  'retention-deleted': {
    count: checkWholeNumber,
    before: checkTime,
    through: checkObject({ seq: checkWholeNumber, hash: checkHex64 }),
  },
};

export const ENTRY_KINDS = Object.keys(KINDS) as EntryKind[];

/** The fields every entry has (or may have): what is left are the kind's own, shown as details. */
export const COMMON_FIELDS: ReadonlySet<string> = new Set(['seq', 'kind', ...Object.keys(COMMON), ...Object.keys(OPTIONAL), 'prev', 'hash']);

function checkShape(record: Record<string, unknown>, shape: Shape, optional: Shape = {}): FieldProblem {
  for (const [field, check] of Object.entries(shape)) {
    if (!Object.hasOwn(record, field)) return `field "${field}" is missing`;
    const problem = check(record[field]);
    if (problem !== null) return `field "${field}" ${problem}`;
  }
  for (const field of Object.keys(record)) {
    if (Object.hasOwn(shape, field)) continue;
    if (!Object.hasOwn(optional, field)) return `field "${field}" is not part of this entry kind`;
    const problem = (optional[field] as Check)(record[field]);
    if (problem !== null) return `field "${field}" ${problem}`;
  }
  return null;
}

/** Checks a draft (no chain fields) or, with `chained`, a stored entry. */
export function entryProblem(value: unknown, chained: boolean): FieldProblem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'is not an object';
  const record = value as Record<string, unknown>;
  const kind = record['kind'];
  if (typeof kind !== 'string' || !Object.hasOwn(KINDS, kind)) return `has an unknown kind ${JSON.stringify(kind)}`;
  const shape: Shape = { kind: () => null, ...COMMON, ...KINDS[kind as EntryKind], ...(chained ? CHAIN_SHAPE : {}) };
  return checkShape(record, shape, OPTIONAL) ?? kindRuleProblem(record);
}

/** Rules across fields that a per-field shape cannot say. */
function kindRuleProblem(record: Record<string, unknown>): FieldProblem {
  if (record['kind'] === 'recording-registered' && (record['code'] === null) === (record['shortCode'] === null)) {
    return 'must hold either the full code or the short code, not both or neither';
  }
  if (record['kind'] === 'correction' && typeof record['seq'] === 'number' && (record['corrects'] as number) >= record['seq']) {
    return 'field "corrects" must name an earlier entry';
  }
  return null;
}

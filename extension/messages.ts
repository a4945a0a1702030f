// Every message the extension's parts send to the background, in one discriminated union. To add a
// message: add its member to Message, its response to Responses and its entry to MESSAGE_SPECS;
// the background's router then requires a handler for it.
import type { Checkpoint } from '../shared/consent/checkpoint.ts';
import type { Entry, KindFields } from '../shared/consent/entry.ts';
import type { LogExport, SessionKey } from '../shared/consent/export-format.ts';
import { LANGUAGES, MOMENTS, type Language, type Moment } from '../shared/rules/index.ts';
import type { CallPhase } from './detect/classify.ts';
import { NOTICE_IDS, type NoticeId } from './flows/notices.ts';
import type { ImportResult } from './log/store.ts';
import type { PlatformId } from './platforms/types.ts';
import type { EffectiveSettings, Settings } from './settings/types.ts';

/** The session a log page entry belongs to: a meeting already in the log, a case reference, or both. */
export interface SessionRef {
  meetingKey: string | null;
  caseRef: string | null;
}

export type Message =
  | { type: 'settings/get' }
  | { type: 'settings/save'; settings: Settings }
  | { type: 'call/state'; phase: CallPhase; recording: boolean; meetingId: string; cues: DetectionCues }
  | { type: 'reminder/dismiss'; meetingKey: string }
  | { type: 'tab/state'; tabId: number }
  | { type: 'log/notice'; notice: NoticeId; moment: Moment; language: Language; tabId: number | null }
  | { type: 'log/append'; session: SessionRef; fields: KindFields; note: string }
  | { type: 'log/register-code'; session: SessionRef; party: 'staff' | 'client'; code: string; note: string }
  | { type: 'log/list' }
  | { type: 'log/export'; session: SessionKey | null }
  | { type: 'log/import'; text: string }
  | { type: 'log/checkpoint'; session: SessionKey | null }
  | { type: 'log/call-end'; open: boolean }
  | { type: 'log/open' };

export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** Which cues decided the detection, for the popup's health line; stays on the device. */
export interface DetectionCues {
  /** The cue that decided the phase, or null when none did. */
  phase: string | null;
  /** The cue that says the platform records, or null. */
  recording: string | null;
  /** No platform cue matched: only the live-media fallback spoke. */
  fallbackOnly: boolean;
  /** A cue from the organisation's overrides decided. */
  override: boolean;
}

export interface TabCallState {
  platform: PlatformId;
  phase: CallPhase;
  recording: boolean;
  /** Salted SHA-256 of the platform and meeting id: never the URL itself. */
  meetingKey: string;
  cues: DetectionCues;
}

export interface Responses {
  'settings/get': EffectiveSettings;
  'settings/save': EffectiveSettings;
  'call/state': { meetingKey: string; dismissed: boolean };
  'reminder/dismiss': null;
  'tab/state': TabCallState | null;
  'log/notice': Entry;
  'log/append': Entry;
  'log/register-code': Entry;
  'log/list': Entry[];
  'log/export': LogExport | null;
  'log/import': ImportResult;
  /** A signed checkpoint at the head, or at the session's last entry: the data of a receipt. */
  'log/checkpoint': Checkpoint | null;
  'log/call-end': null;
  'log/open': null;
}

/** Which of the extension's contexts may send a message: content scripts run in call pages. */
export type SenderKind = 'content' | 'page';

interface MessageSpec {
  from: readonly SenderKind[];
  /** Checks the fields other than `type`; messages are data from another context, not trusted. */
  valid(message: Record<string, unknown>): boolean;
}

const isString = (value: unknown, max = 512): value is string => typeof value === 'string' && value.length <= max;
const isTabId = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 0;
const isOneOf = (allowed: readonly unknown[], value: unknown): boolean => allowed.includes(value);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const HEX_64 = /^[0-9a-f]{64}$/;
const PHASES: readonly CallPhase[] = ['none', 'pending', 'lobby', 'waiting', 'in-call', 'ended'];
/** A cue is a selector and a text pattern; an admin's override is short too. */
const MAX_CUE_CHARS = 300;
const isCue = (value: unknown): boolean => value === null || isString(value, MAX_CUE_CHARS);
const isCues = (value: unknown): boolean =>
  isRecord(value) &&
  Object.keys(value).length === 4 &&
  isCue(value.phase) &&
  isCue(value.recording) &&
  typeof value.fallbackOnly === 'boolean' &&
  typeof value.override === 'boolean';
/** Chrome carries messages up to 64 MiB; an import of a long log is well below this. */
const MAX_IMPORT_CHARS = 48 * 1024 * 1024;

/** Shape only: the background checks the values against the log's entry schema. */
const isSessionRef = (value: unknown): boolean =>
  isRecord(value) &&
  Object.keys(value).length === 2 &&
  (value.meetingKey === null || isString(value.meetingKey)) &&
  (value.caseRef === null || isString(value.caseRef)) &&
  (value.meetingKey !== null || value.caseRef !== null);

const isSessionKey = (value: unknown): boolean =>
  isRecord(value) && Object.keys(value).length === 1 && (isString(value.meetingKey) || isString(value.caseRef));

export const MESSAGE_SPECS: { readonly [K in MessageType]: MessageSpec } = {
  'settings/get': { from: ['content', 'page'], valid: () => true },
  'settings/save': { from: ['page'], valid: (m) => typeof m.settings === 'object' && m.settings !== null },
  'call/state': {
    from: ['content'],
    valid: (m) =>
      (PHASES as readonly unknown[]).includes(m.phase) &&
      typeof m.recording === 'boolean' &&
      isString(m.meetingId) &&
      isCues(m.cues),
  },
  'reminder/dismiss': { from: ['content'], valid: (m) => isString(m.meetingKey) && HEX_64.test(m.meetingKey) },
  'tab/state': { from: ['page'], valid: (m) => isTabId(m.tabId) },
  'log/notice': {
    from: ['content', 'page'],
    valid: (m) => isOneOf(NOTICE_IDS, m.notice) && isOneOf(MOMENTS, m.moment) && isOneOf(LANGUAGES, m.language) && (m.tabId === null || isTabId(m.tabId)),
  },
  'log/append': { from: ['page'], valid: (m) => isSessionRef(m.session) && isRecord(m.fields) && isString(m.note, 4000) },
  'log/register-code': {
    from: ['page'],
    valid: (m) => isSessionRef(m.session) && isOneOf(['staff', 'client'], m.party) && isString(m.code, 100) && isString(m.note, 4000),
  },
  'log/list': { from: ['page'], valid: () => true },
  'log/export': { from: ['page'], valid: (m) => m.session === null || isSessionKey(m.session) },
  'log/import': { from: ['page'], valid: (m) => isString(m.text, MAX_IMPORT_CHARS) },
  'log/checkpoint': { from: ['page'], valid: (m) => m.session === null || isSessionKey(m.session) },
  'log/call-end': { from: ['content', 'page'], valid: (m) => typeof m.open === 'boolean' },
  'log/open': { from: ['content', 'page'], valid: () => true },
};

export function isMessageType(value: unknown): value is MessageType {
  return typeof value === 'string' && Object.hasOwn(MESSAGE_SPECS, value);
}

/** The message if it is a known type with valid fields and this sender may send it, else null. */
export function parseMessage(value: unknown, from: SenderKind): Message | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (!isMessageType(record.type)) return null;
  const spec = MESSAGE_SPECS[record.type];
  if (!spec.from.includes(from) || !spec.valid(record)) return null;
  return record as unknown as Message;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

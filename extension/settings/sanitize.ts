// Stored and managed values come from outside this code (an old version, an administrator's policy
// JSON): keep only fields of the right type and shape, drop the rest.
import { PLATFORM_IDS } from '../platforms/index.ts';
import { HINT_KINDS, type HintKind, type OverrideHint, type PlatformId } from '../platforms/types.ts';
import { MAX_RETENTION_DAYS } from './defaults.ts';
import type { HintOverrides, LanguageSetting, ReminderSettings, Settings } from './types.ts';

const LANGUAGE_SETTINGS: readonly LanguageSetting[] = ['auto', 'nl', 'en'];
const HOST_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const INITIALS = /^[\p{L}.\- ]{0,12}$/u;

/** A retention period the log accepts: whole days, 1 to MAX_RETENTION_DAYS. */
export function isRetentionDays(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= MAX_RETENTION_DAYS;
}

export function isHostName(value: string): boolean {
  return HOST_NAME.test(value);
}

/** The one host permission a custom domain needs. */
export function originPattern(host: string): string {
  return `https://${host}/*`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, keep: (item: string) => boolean): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((item): item is string => typeof item === 'string' && keep(item));
}

function sanitizeReminder(value: unknown): Partial<ReminderSettings> | undefined {
  if (!isRecord(value)) return undefined;
  const out: Partial<ReminderSettings> = {};
  for (const key of ['atCallStart', 'onRecording', 'atCallEnd', 'startCollapsed'] as const) {
    const flag = value[key];
    if (typeof flag === 'boolean') out[key] = flag;
  }
  return out;
}

const MAX_PATTERN = 500;

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'iu');
    return true;
  } catch {
    return false;
  }
}

function sanitizeHint(value: unknown): OverrideHint | null {
  if (!isRecord(value) || typeof value.selector !== 'string' || value.selector.length === 0 || value.selector.length > MAX_PATTERN) return null;
  if (value.text === undefined) return { selector: value.selector };
  if (typeof value.text !== 'string' || value.text.length > MAX_PATTERN || !compiles(value.text)) return null;
  return { selector: value.selector, text: value.text };
}

function sanitizeHintOverrides(value: unknown): HintOverrides | undefined {
  if (!isRecord(value)) return undefined;
  const out: HintOverrides = {};
  for (const id of PLATFORM_IDS) {
    const platform = value[id];
    if (!isRecord(platform)) continue;
    const hints: Partial<Record<HintKind, OverrideHint[]>> = {};
    for (const kind of HINT_KINDS) {
      const list = platform[kind];
      if (Array.isArray(list)) hints[kind] = list.map(sanitizeHint).filter((hint): hint is OverrideHint => hint !== null);
    }
    out[id] = hints;
  }
  return out;
}

export interface PartialSettings extends Partial<Omit<Settings, 'reminder'>> {
  reminder?: Partial<ReminderSettings>;
}

export function sanitizeSettings(value: unknown): PartialSettings {
  if (!isRecord(value)) return {};
  const out: PartialSettings = {};
  const { language, staffInitials, enabledPlatforms, customDomains, reminder, hintOverrides, retentionDays } = value;
  if (typeof language === 'string' && (LANGUAGE_SETTINGS as readonly string[]).includes(language)) {
    out.language = language as LanguageSetting;
  }
  if (typeof staffInitials === 'string' && INITIALS.test(staffInitials)) out.staffInitials = staffInitials;
  const platforms = stringList(enabledPlatforms, (id) => (PLATFORM_IDS as readonly string[]).includes(id));
  if (platforms !== undefined) out.enabledPlatforms = platforms as PlatformId[];
  const domains = stringList(customDomains, isHostName);
  if (domains !== undefined) out.customDomains = domains;
  const reminderSettings = sanitizeReminder(reminder);
  if (reminderSettings !== undefined) out.reminder = reminderSettings;
  const overrides = sanitizeHintOverrides(hintOverrides);
  if (overrides !== undefined) out.hintOverrides = overrides;
  if (isRetentionDays(retentionDays)) out.retentionDays = retentionDays;
  return out;
}

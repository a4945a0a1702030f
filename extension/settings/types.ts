// The extension's settings: set by the staff member in the options page, or centrally by the
// organisation through managed storage (which then wins and is shown locked).
import type { Language } from '../../shared/rules/index.ts';
import type { HintKind, OverrideHint, PlatformId } from '../platforms/types.ts';

export type LanguageSetting = 'auto' | Language;

export interface ReminderSettings {
  /** Show the rules when a call starts. */
  atCallStart: boolean;
  /** Prompt when the platform's own recording indicator appears. */
  onRecording: boolean;
  /** Prompt about copies and registering the recording when the call ends. */
  atCallEnd: boolean;
  /** Show the reminder collapsed to its title bar. */
  startCollapsed: boolean;
}

/** Extra DOM hints per platform and kind, set by the organisation when a platform changes its page. */
export type HintOverrides = Partial<Record<PlatformId, Partial<Record<HintKind, OverrideHint[]>>>>;

export interface Settings {
  language: LanguageSetting;
  staffInitials: string;
  enabledPlatforms: PlatformId[];
  /** Host names (no scheme, no path) granted as custom call domains. */
  customDomains: string[];
  reminder: ReminderSettings;
  hintOverrides: HintOverrides;
  /** Consent log entries older than this many days are deleted (and the deletion logged). */
  retentionDays: number;
}

export type SettingKey = keyof Settings;

export interface EffectiveSettings {
  settings: Settings;
  /** Keys set by the organisation; the options page shows them read-only. */
  locked: SettingKey[];
  /** The shortest retention period allowed: the organisation's (managed `retentionDays`), else the
   *  default. The staff member may only lengthen it, as the log is evidence (F6). */
  retentionFloor: number;
}

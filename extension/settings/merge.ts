// Layering: defaults, then the staff member's own choices, then the organisation's managed values,
// which win and are reported as locked. Retention is the exception: the organisation's value (or
// the default) is a floor, and the staff member may only keep entries longer.
import { DEFAULT_SETTINGS } from './defaults.ts';
import type { PartialSettings } from './sanitize.ts';
import type { EffectiveSettings, SettingKey, Settings } from './types.ts';

export function mergeSettings(local: PartialSettings, managed: PartialSettings): EffectiveSettings {
  const retentionFloor = managed.retentionDays ?? DEFAULT_SETTINGS.retentionDays;
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    ...local,
    ...managed,
    reminder: { ...DEFAULT_SETTINGS.reminder, ...local.reminder, ...managed.reminder },
    retentionDays: Math.max(retentionFloor, local.retentionDays ?? 0),
  };
  const locked = (Object.keys(managed) as SettingKey[]).filter((key) => key !== 'retentionDays');
  return { settings, locked, retentionFloor };
}

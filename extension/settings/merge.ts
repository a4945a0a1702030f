// Layering: defaults, then the staff member's own choices, then the organisation's managed values,
// which win and are reported as locked.
import { DEFAULT_SETTINGS } from './defaults.ts';
import type { PartialSettings } from './sanitize.ts';
import type { EffectiveSettings, SettingKey, Settings } from './types.ts';

export function mergeSettings(local: PartialSettings, managed: PartialSettings): EffectiveSettings {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    ...local,
    ...managed,
    reminder: { ...DEFAULT_SETTINGS.reminder, ...local.reminder, ...managed.reminder },
  };
  const locked = Object.keys(managed) as SettingKey[];
  return { settings, locked };
}

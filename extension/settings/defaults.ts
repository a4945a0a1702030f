import { PLATFORM_IDS } from '../platforms/index.ts';
import type { Settings } from './types.ts';

export const MAX_RETENTION_DAYS = 3650;

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  staffInitials: '',
  enabledPlatforms: [...PLATFORM_IDS],
  customDomains: [],
  reminder: { atCallStart: true, onRecording: true, atCallEnd: true, startCollapsed: false },
  hintOverrides: {},
  // Two years: long enough for a complaint procedure; the organisation sets its own period.
  retentionDays: 730,
};

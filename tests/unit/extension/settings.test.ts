import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, MAX_RETENTION_DAYS } from '../../../extension/settings/defaults.ts';
import { resolveLanguage } from '../../../extension/settings/language.ts';
import { mergeSettings } from '../../../extension/settings/merge.ts';
import { isHostName, isRetentionDays, sanitizeSettings } from '../../../extension/settings/sanitize.ts';
import { t } from '../../../extension/ui/strings.ts';

describe('settings', () => {
  test('sanitize keeps valid fields and drops wrong types, unknown platforms and bad domains', () => {
    expect(
      sanitizeSettings({
        language: 'de',
        staffInitials: 'J.J.',
        enabledPlatforms: ['teams', 'skype', 3],
        customDomains: ['jitsi.zorg.example', 'https://x.example/', 'localhost', 'a..b'],
        reminder: { atCallStart: false, onRecording: 'yes' },
        extra: true,
      }),
    ).toEqual({ staffInitials: 'J.J.', enabledPlatforms: ['teams'], customDomains: ['jitsi.zorg.example'], reminder: { atCallStart: false } });
    expect(sanitizeSettings('nonsense')).toEqual({});
    expect(sanitizeSettings({ retentionDays: 365 })).toEqual({ retentionDays: 365 });
    for (const bad of [0, -5, 1.5, 3651, '365', null]) expect(sanitizeSettings({ retentionDays: bad }), String(bad)).toEqual({});
    expect(sanitizeSettings({ staffInitials: '<script>' })).toEqual({});
  });

  test('the options page accepts the retention periods the log accepts, and its message names the range', () => {
    expect([1, 365, MAX_RETENTION_DAYS].filter(isRetentionDays)).toEqual([1, 365, MAX_RETENTION_DAYS]);
    expect([0, MAX_RETENTION_DAYS + 1, 2.5, Number.NaN, '30'].filter(isRetentionDays)).toEqual([]);
    for (const language of ['nl', 'en'] as const) expect(t('invalidRetention', language)).toContain(`1 ${language === 'nl' ? 'tot en met' : 'to'} ${MAX_RETENTION_DAYS}`);
  });

  test('hint overrides keep only valid hints for known platforms', () => {
    expect(
      sanitizeSettings({
        hintOverrides: {
          teams: { inCall: [{ selector: '[data-tid="x"]' }, { selector: '' }, { selector: 'b', text: '(' }, 'junk'], recording: [{ selector: 'i', text: 'rec' }] },
          skype: { inCall: [{ selector: 'a' }] },
        },
      }),
    ).toEqual({ hintOverrides: { teams: { inCall: [{ selector: '[data-tid="x"]' }], recording: [{ selector: 'i', text: 'rec' }] } } });
  });

  test('managed values win over local ones and are reported locked', () => {
    const { settings, locked } = mergeSettings(
      { language: 'en', staffInitials: 'AB', reminder: { startCollapsed: true } },
      { language: 'nl', enabledPlatforms: ['teams'] },
    );
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'nl',
      staffInitials: 'AB',
      enabledPlatforms: ['teams'],
      reminder: { ...DEFAULT_SETTINGS.reminder, startCollapsed: true },
    });
    expect(locked.sort()).toEqual(['enabledPlatforms', 'language']);
  });

  test('nothing set: the defaults, nothing locked', () => {
    expect(mergeSettings({}, {})).toEqual({ settings: DEFAULT_SETTINGS, locked: [], retentionFloor: 730 });
  });

  test('retention: the organisation sets a floor (default 730 days) that the staff member may only lengthen', () => {
    expect(mergeSettings({ retentionDays: 1 }, {})).toMatchObject({ settings: { retentionDays: 730 }, retentionFloor: 730 });
    expect(mergeSettings({ retentionDays: 1000 }, {})).toMatchObject({ settings: { retentionDays: 1000 }, locked: [] });
    expect(mergeSettings({ retentionDays: 800 }, { retentionDays: 900 })).toMatchObject({ settings: { retentionDays: 900 }, retentionFloor: 900, locked: [] });
    expect(mergeSettings({ retentionDays: 2000 }, { retentionDays: 365 })).toMatchObject({ settings: { retentionDays: 2000 }, retentionFloor: 365 });
  });

  test('language follows the browser unless set; Dutch is the default', () => {
    expect(resolveLanguage('auto', 'en-GB')).toBe('en');
    expect(resolveLanguage('auto', 'nl-NL')).toBe('nl');
    expect(resolveLanguage('auto', 'de-DE')).toBe('nl');
    expect(resolveLanguage('en', 'nl-NL')).toBe('en');
  });

  test('host names', () => {
    expect(isHostName('meet.zorg-platform.nl')).toBe(true);
    expect(isHostName('nl')).toBe(false);
    expect(isHostName('-bad.example')).toBe(false);
  });
});

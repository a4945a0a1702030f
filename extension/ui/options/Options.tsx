// The options page. Every change is saved at once; fields the organisation set through managed
// storage are shown disabled with a note.
import { useState } from 'preact/hooks';
import type { Language } from '../../../shared/rules/index.ts';
import { KNOWN_PLATFORMS } from '../../platforms/index.ts';
import type { PlatformId } from '../../platforms/types.ts';
import { send } from '../../send.ts';
import { resolveLanguage } from '../../settings/language.ts';
import type { EffectiveSettings, LanguageSetting, ReminderSettings, Settings } from '../../settings/types.ts';
import { t } from '../strings.ts';
import { CustomDomains } from './CustomDomains.tsx';
import { RetentionField } from './RetentionField.tsx';

const REMINDER_KEYS: readonly (keyof ReminderSettings)[] = ['atCallStart', 'onRecording', 'atCallEnd', 'startCollapsed'];

export function Options({ initial }: { initial: EffectiveSettings }) {
  const [{ settings, locked, retentionFloor }, setEffective] = useState(initial);
  const [saved, setSaved] = useState(false);
  const language: Language = resolveLanguage(settings.language, navigator.language);
  const isLocked = (key: keyof Settings) => locked.includes(key);

  const save = async (next: Settings) => {
    setEffective({ settings: next, locked, retentionFloor });
    setEffective(await send({ type: 'settings/save', settings: next }));
    setSaved(true);
  };
  const togglePlatform = (id: PlatformId, on: boolean) => {
    const enabled = on ? [...settings.enabledPlatforms, id] : settings.enabledPlatforms.filter((platform) => platform !== id);
    void save({ ...settings, enabledPlatforms: enabled });
  };
  const lockNote = (key: keyof Settings) => isLocked(key) && <p class="locked">{t('lockedNote', language)}</p>;

  return (
    <main lang={language}>
      <h1>{t('optionsTitle', language)}</h1>
      <fieldset disabled={isLocked('language')}>
        <legend>{t('language', language)}</legend>
        {lockNote('language')}
        <select
          aria-label={t('language', language)}
          value={settings.language}
          onChange={(event) => void save({ ...settings, language: event.currentTarget.value as LanguageSetting })}
        >
          <option value="auto">{t('languageAuto', language)}</option>
          <option value="nl">Nederlands</option>
          <option value="en">English</option>
        </select>
      </fieldset>
      <fieldset disabled={isLocked('staffInitials')}>
        <legend>{t('staffInitials', language)}</legend>
        {lockNote('staffInitials')}
        <input
          type="text"
          aria-label={t('staffInitials', language)}
          maxLength={12}
          value={settings.staffInitials}
          onChange={(event) => void save({ ...settings, staffInitials: event.currentTarget.value })}
        />
      </fieldset>
      <fieldset disabled={isLocked('enabledPlatforms')}>
        <legend>{t('platforms', language)}</legend>
        {lockNote('enabledPlatforms')}
        {[...KNOWN_PLATFORMS.map((adapter) => ({ id: adapter.id, name: adapter.name })), { id: 'custom' as const, name: t('customDomains', language) }].map(
          ({ id, name }) => (
            <label key={id}>
              <input type="checkbox" data-platform={id} checked={settings.enabledPlatforms.includes(id)} onChange={(event) => togglePlatform(id, event.currentTarget.checked)} />{' '}
              {name}
            </label>
          ),
        )}
      </fieldset>
      <CustomDomains
        language={language}
        domains={settings.customDomains}
        locked={isLocked('customDomains')}
        onChange={(customDomains) => void save({ ...settings, customDomains })}
      />
      <fieldset disabled={isLocked('reminder')}>
        <legend>{t('reminderBehaviour', language)}</legend>
        {lockNote('reminder')}
        {REMINDER_KEYS.map((key) => (
          <label key={key}>
            <input
              type="checkbox"
              data-reminder={key}
              checked={settings.reminder[key]}
              onChange={(event) => void save({ ...settings, reminder: { ...settings.reminder, [key]: event.currentTarget.checked } })}
            />{' '}
            {t(key, language)}
          </label>
        ))}
      </fieldset>
      <RetentionField
        language={language}
        days={settings.retentionDays}
        floor={retentionFloor}
        onChange={(retentionDays) => void save({ ...settings, retentionDays })}
      />
      <p class="status" role="status">
        {saved ? t('saved', language) : ''}
      </p>
    </main>
  );
}

// The consent log's retention period in days. Saved when the field is left (change), only when it
// is a period the log accepts; set by the organisation, it is shown read-only with the note.
import { useState } from 'preact/hooks';
import type { Language } from '../../../shared/rules/index.ts';
import { MAX_RETENTION_DAYS } from '../../settings/defaults.ts';
import { isRetentionDays } from '../../settings/sanitize.ts';
import { t } from '../strings.ts';

interface Props {
  language: Language;
  days: number;
  locked: boolean;
  onChange(days: number): void;
}

export function RetentionField({ language, days, locked, onChange }: Props) {
  const [error, setError] = useState('');
  const onInput = (input: HTMLInputElement) => {
    const value = input.valueAsNumber;
    if (!isRetentionDays(value)) return setError(t('invalidRetention', language));
    setError('');
    onChange(value);
  };
  return (
    <fieldset disabled={locked}>
      <legend>{t('retention', language)}</legend>
      {locked && <p class="locked">{t('lockedNote', language)}</p>}
      <input
        type="number"
        id="retention-days"
        aria-label={t('retention', language)}
        aria-describedby="retention-hint"
        aria-invalid={error !== ''}
        min={1}
        max={MAX_RETENTION_DAYS}
        step={1}
        value={days}
        onChange={(event) => onInput(event.currentTarget)}
      />
      <p id="retention-hint" class="locked">
        {t('retentionHint', language)}
      </p>
      <p class="status error" role="alert" data-retention-error>
        {error}
      </p>
    </fieldset>
  );
}

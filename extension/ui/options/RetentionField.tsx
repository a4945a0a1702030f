// The consent log's retention period in days. The organisation's period (or the default) is a
// floor: the staff member may keep entries longer, never shorter, since the log is evidence (F6).
// Saved when the field is left (change), only when it is a period the log accepts.
import { useState } from 'preact/hooks';
import type { Language } from '../../../shared/rules/index.ts';
import { MAX_RETENTION_DAYS } from '../../settings/defaults.ts';
import { isRetentionDays } from '../../settings/sanitize.ts';
import { t } from '../strings.ts';

interface Props {
  language: Language;
  days: number;
  floor: number;
  onChange(days: number): void;
}

export function RetentionField({ language, days, floor, onChange }: Props) {
  const [error, setError] = useState('');
  const onInput = (input: HTMLInputElement) => {
    const value = input.valueAsNumber;
    if (!isRetentionDays(value)) return setError(t('invalidRetention', language));
    if (value < floor) return setError(t('retentionTooShort', language));
    setError('');
    onChange(value);
  };
  return (
    <fieldset>
      <legend>{t('retention', language)}</legend>
      <input
        type="number"
        id="retention-days"
        aria-label={t('retention', language)}
        aria-describedby="retention-hint retention-floor"
        aria-invalid={error !== ''}
        min={floor}
        max={MAX_RETENTION_DAYS}
        step={1}
        value={days}
        onChange={(event) => onInput(event.currentTarget)}
      />
      <p id="retention-floor" class="locked" data-retention-floor={floor}>
        {t('retentionFloor', language)} {floor}
      </p>
      <p id="retention-hint" class="locked">
        {t('retentionHint', language)}
      </p>
      <p class="status error" role="alert" data-retention-error>
        {error}
      </p>
    </fieldset>
  );
}

// The popup's detection health line (see health.ts).
import type { Language } from '../../../shared/rules/index.ts';
import type { DetectionCues } from '../../messages.ts';
import { t } from '../strings.ts';
import { healthParts } from './health.ts';

export function DetectionHealth({ cues, language }: { cues: DetectionCues; language: Language }) {
  return (
    <p class="health" data-detection-health>
      <strong>{t('healthTitle', language)}:</strong> {healthParts(cues, language).join(' · ')}
    </p>
  );
}

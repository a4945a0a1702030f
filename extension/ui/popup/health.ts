// The parts of the popup's "detection health" line: which cue decided the phase and the recording
// state, whether only the live-media fallback spoke, and whether an organisation's override decided.
// An administrator reads it to write an override (docs/deployment.md, `hintOverrides`) and to see
// that it matched. Shown in the popup only, never sent or stored elsewhere.
import type { Language } from '../../../shared/rules/index.ts';
import type { DetectionCues } from '../../messages.ts';
import { t } from '../strings.ts';

export function healthParts(cues: DetectionCues, language: Language): string[] {
  const parts = [cues.phase === null ? t('healthNoCue', language) : `${t('healthPhaseCue', language)}: ${cues.phase}`];
  if (cues.recording !== null) parts.push(`${t('healthRecordingCue', language)}: ${cues.recording}`);
  if (cues.fallbackOnly) parts.push(t('healthFallbackOnly', language));
  if (cues.override) parts.push(t('healthOverride', language));
  return parts;
}

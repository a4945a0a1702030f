// A further sound track ("sound 2", …) whose packets cannot decide (re-encoded, another codec) is
// compared by its sound, as the first is by the audio layer: both tracks' perceptual fingerprints
// (the `audio` of their `tracks` entries) aligned by audio-align.ts. Its edits rest on the sound.
import { AUDIO_PARAMS } from '../audio/params.ts';
import { readAudioSection } from '../audio/section.ts';
import { tooLittleStructure } from '../audio/structure.ts';
import { alignAudio } from './audio-align.ts';
import { AUDIO_RESOLUTION_SECONDS } from './audio-layer.ts';
import type { Edit } from './report.ts';

/**
 * The track's edits by its sound; null when it cannot tell (a side carries too little sound to
 * match, silence or a steady tone, so "unrelated" would be a guess). A track whose sound is
 * unrelated to the original's is replaced whole.
 */
export function soundTrackEdits(label: string, original: unknown, copy: unknown): Edit[] | null {
  const [a, b] = [readAudioSection(original), readAudioSection(copy)];
  const aligned = alignAudio(a, b);
  if (aligned.verdict === 'unrelated' && (tooLittleStructure(a) || tooLittleStructure(b))) return null;
  const seconds = (samples: number): number => samples / AUDIO_PARAMS.sampleRate;
  const edits: Edit[] =
    aligned.verdict === 'unrelated' ? [{ kind: 'replaced', original: [0, seconds(a.sampleCount)], copy: [0, seconds(b.sampleCount)] }] : aligned.edits;
  return edits.map((e) => ({ ...e, basis: 'audio', resolution: AUDIO_RESOLUTION_SECONDS, tracks: [label] }));
}

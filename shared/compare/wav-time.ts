// For two PCM (or float) WAV files with the same sample format, byte ranges become time ranges.
// Only the data chunk is audio: a range is clipped to it, and an edit that touches only headers or
// metadata chunks (RIFF sizes, LIST tags) is not a content edit, so it is left out. A handler asks
// "which minutes were changed"; a retagged file has the same audio. Different sample formats cannot
// share one timeline, so then the report stays in bytes.
import { byteToSeconds, type WavHeader } from '../media/containers/wav-header.ts';
import { mapEdits, roundSeconds } from './map-edits.ts';
import type { Edit, Range } from './report.ts';

const TIMED_FORMATS = new Set(['pcm', 'float']);

export function sameTimeline(a: WavHeader | null, b: WavHeader | null): boolean {
  return (
    a !== null &&
    b !== null &&
    TIMED_FORMATS.has(a.format) &&
    a.format === b.format &&
    a.channels === b.channels &&
    a.sampleRate === b.sampleRate &&
    a.bitsPerSample === b.bitsPerSample &&
    a.blockAlign === b.blockAlign
  );
}

/** Edits in seconds; edits outside both data chunks disappear. */
export function editsToSeconds(edits: readonly Edit[], original: WavHeader, copy: WavHeader): Edit[] {
  return mapEdits(edits, (r) => toSeconds(r, original), (r) => toSeconds(r, copy));
}

function toSeconds([start, end]: Range, wav: WavHeader): Range | null {
  const dataEnd = wav.dataOffset + wav.dataBytes;
  if (end <= wav.dataOffset || start >= dataEnd) return null;
  return [roundSeconds(byteToSeconds(wav, start)), roundSeconds(byteToSeconds(wav, end))];
}

// Every track compared: the packets of the picture and of further sound tracks, paired between the
// files by their labels (track-tables.ts). The sound's own comparison (the layers) stays as it is;
// this adds the other tracks' edits, each saying in which track it is, and names every track that
// could not be compared, so a verdict never claims sameness for a track nobody looked at. Where the
// packets cannot decide (re-encoded), the picture is compared by how it looks and a further sound
// track by its sound, when both sides carry that fingerprint.
import { comparePackets } from '../media/packets/packet-compare.ts';
import { parameterSetsEdit } from '../media/packets/parameter-sets-compare.ts';
import { readTrackSection, type TrackWithSound } from '../media/packets/track-section.ts';
import type { FrameSignature } from '../video/frame-signature.ts';
import { FRAME_SECONDS } from '../video/params.ts';
import { alignPictures } from '../video/picture-align.ts';
import { readVideoSection } from '../video/video-section.ts';
import type { CompareInput } from './layer.ts';
import { soundTrackEdits } from './track-sound.ts';
import type { Basis, Edit } from './report.ts';
import type { UncomparedTrack } from './uncompared-track.ts';

export interface TrackFindings {
  edits: Edit[];
  uncompared: UncomparedTrack[];
  /** The tracks that were compared, and by what. */
  compared: { track: string; basis: Basis }[];
}

/** A side's other tracks: tables (read from the file, or the section already validated), or the section as written. */
export function tracksOf(input: CompareInput): readonly TrackWithSound[] | undefined {
  const tracks = input.fingerprint.tracks;
  if (tracks === undefined) return undefined;
  return Array.isArray(tracks) && tracks.every((t) => typeof t === 'object' && t !== null && 'table' in t) ? (tracks as TrackWithSound[]) : readTrackSection(tracks);
}

/** Both sides' picture signatures (decoded, or from a fingerprint file's `video` section), when both are there. */
export function picturesOf(original: CompareInput, copy: CompareInput): { original: FrameSignature[]; copy: FrameSignature[] } | null {
  const [a, b] = [original.fingerprint.video, copy.fingerprint.video];
  if (a === undefined || b === undefined) return null;
  const signatures = (v: unknown): FrameSignature[] => (Array.isArray(v) ? (v as FrameSignature[]) : readVideoSection(v));
  return { original: signatures(a), copy: signatures(b) };
}

/** A re-encoded picture's edits by its perceptual fingerprint; a picture unrelated to the original's is replaced whole. */
function pictureEdits(original: readonly FrameSignature[], copy: readonly FrameSignature[]): Edit[] {
  const aligned = alignPictures(original, copy);
  const edits: Edit[] =
    aligned.verdict === 'unrelated'
      ? [{ kind: 'replaced', original: [0, original.length * FRAME_SECONDS], copy: [0, copy.length * FRAME_SECONDS] }]
      : aligned.edits;
  return edits.map((e) => ({ ...e, basis: 'picture', resolution: FRAME_SECONDS, tracks: ['picture'] }));
}

/** A track compared by how it looks (the picture) or sounds (a further sound track), when both sides carry that; else null. */
function judgedOtherwise(
  label: string,
  a: TrackWithSound,
  b: TrackWithSound,
  pictures: { original: readonly FrameSignature[]; copy: readonly FrameSignature[] } | null,
): { edits: Edit[]; basis: Basis } | null {
  if (label === 'picture' && pictures) return { edits: pictureEdits(pictures.original, pictures.copy), basis: 'picture' };
  const heard = a.audio && b.audio ? soundTrackEdits(label, a.audio, b.audio) : null;
  return heard ? { edits: heard, basis: 'audio' } : null;
}

/**
 * `undefined` for a side means its other tracks are not known (a fingerprint file made before they
 * were kept); an empty list means it has none.
 */
export function compareTracks(
  original: readonly TrackWithSound[] | undefined,
  copy: readonly TrackWithSound[] | undefined,
  pictures: { original: readonly FrameSignature[]; copy: readonly FrameSignature[] } | null = null,
): TrackFindings {
  const found: TrackFindings = { edits: [], uncompared: [], compared: [] };
  if (!original || !copy) {
    const known = original ?? copy ?? [];
    const unknownSide = original ? 'copy' : 'original';
    for (const t of known) {
      const reason = `the ${unknownSide} has no packets of this track (it has none, or its fingerprint file was made before tracks were kept)`;
      found.uncompared.push({ track: t.label, code: 'tracks-unknown', side: unknownSide, reason });
    }
    return found;
  }
  const labels = [...new Set([...original.map((t) => t.label), ...copy.map((t) => t.label)])];
  for (const label of labels) {
    const a = original.find((t) => t.label === label);
    const b = copy.find((t) => t.label === label);
    if (!a || !b) {
      const side = a ? 'original' : 'copy';
      found.uncompared.push({ track: label, code: 'only-one-side', side, reason: `only the ${side} has this track` });
      continue;
    }
    if (!a.table || !b.table) {
      // No packets to compare (a track the container's reader does not read): how it looks or sounds still can be.
      const judged = judgedOtherwise(label, a, b, pictures);
      if (judged) {
        found.edits.push(...judged.edits);
        found.compared.push({ track: label, basis: judged.basis });
        continue;
      }
      const side = a.table ? 'copy' : 'original';
      const message = (a.table ? b : a).problem;
      const reason = `the ${side}'s track could not be read: ${message ?? 'no packets'}`;
      found.uncompared.push({ track: label, code: 'unreadable', side, ...(message !== undefined ? { message } : {}), reason });
      continue;
    }
    const result = comparePackets(a.table, b.table);
    const judged = result.decided ? null : judgedOtherwise(label, a, b, pictures);
    if (judged) {
      found.edits.push(...judged.edits);
      found.compared.push({ track: label, basis: judged.basis });
      continue;
    }
    if (!result.decided) {
      const plainSound = Boolean(a.audio && b.audio);
      const unheard = plainSound ? '; its sound carries too little to match (silence, a steady tone)' : '';
      const reason = `its packets cannot decide (${result.reason}): re-encoded, or another codec${unheard}`;
      found.uncompared.push({ track: label, code: 'packets-undecided', packets: result.why, plainSound, reason });
      continue;
    }
    const reshown = parameterSetsEdit(a.table, b.table);
    for (const edit of reshown ? [reshown] : result.report.edits) found.edits.push({ ...edit, basis: 'packets', resolution: 0, tracks: [label] });
    found.compared.push({ track: label, basis: 'packets' });
  }
  return found;
}

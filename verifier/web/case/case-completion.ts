// Completing one recording of a case with what the fingerprint pass leaves out: its sound, its
// picture and each further sound track decoded in workers (decoding/), and for WAV its pcm blocks
// hashed. Each decoding reports its own progress, so the handler sees which one a long video is
// still on; one AbortSignal ends them all (the workers are terminated). Sections are only ever
// added whole, so a stopped run leaves the fingerprint without them, never with half a section,
// and a later run decodes only what is still missing.
import type { CompareInput } from '../../../shared/compare/layer.ts';
import type { TrackSectionEntry } from '../../../shared/media/packets/track-section.ts';
import type { MediaPackets } from '../hashing/media-transfer.ts';
import { addAudioSection } from '../decoding/audio-section.ts';
import { addPcmSection } from '../decoding/pcm-section.ts';
import { addPictureSection, pictureTrack } from '../decoding/picture-section.ts';
import { addTrackSound } from '../decoding/track-sound-section.ts';

export interface DecodingJob {
  /** The track, labelled as the fingerprint's tracks are: "sound" (the first), "picture", "sound 2", … */
  track: string;
  /** Seconds decoded, of `total`. */
  done: number;
  total: number;
  /** 'decoded': its section is in the fingerprint; 'none': it could not be decoded (the case names the track as not compared). */
  end: 'running' | 'decoded' | 'none';
}

export type CompletionOutcome = 'complete' | 'stopped';

function furtherSoundTracks(input: CompareInput): TrackSectionEntry[] {
  const { tracks } = input.fingerprint;
  return ((Array.isArray(tracks) ? tracks : []) as TrackSectionEntry[]).filter((entry) => entry.kind === 'audio' && !entry.audio);
}

/** The decodings a file side still needs, in the order the handler reads them. */
export function decodingsOf(input: CompareInput): DecodingJob[] {
  const { fingerprint } = input;
  const { container, duration } = fingerprint.file;
  const total = duration ?? 0;
  const job = (track: string): DecodingJob => ({ track, done: 0, total, end: 'running' });
  const jobs: DecodingJob[] = [];
  if (fingerprint.audio === undefined && container !== null && duration !== null) jobs.push(job('sound'));
  if (fingerprint.video === undefined && pictureTrack(input) !== null) jobs.push(job('picture'));
  for (const entry of furtherSoundTracks(input)) jobs.push(job(entry.label));
  return jobs;
}

/**
 * Adds the missing sections to `input.fingerprint`, as the CLI's fingerprint has them: the sound and
 * the picture decoded side by side, the further sound tracks one after another beside them (as
 * addTrackSound does), the pcm blocks hashed meanwhile. `onJobs` gets every change of a decoding.
 */
export async function completeFingerprint(input: CompareInput, file: File, media: MediaPackets | null, onJobs: (jobs: DecodingJob[]) => void, signal: AbortSignal): Promise<CompletionOutcome> {
  const { fingerprint } = input;
  let jobs = decodingsOf(input);
  const update = (track: string, change: Partial<DecodingJob>): void => {
    if (signal.aborted) return;
    jobs = jobs.map((job) => (job.track === track ? { ...job, ...change } : job));
    onJobs(jobs);
  };
  // The workers report their progress every 200 ms; the last stretch is only known from the end.
  const progress = (track: string) => (done: number, total: number) => update(track, { done: Math.min(done, total), total });
  const ended = (track: string, decoded: boolean): void => {
    const job = jobs.find((j) => j.track === track);
    update(track, decoded ? { end: 'decoded', done: job?.total ?? 0 } : { end: 'none' });
  };
  const has = (track: string): boolean => jobs.some((job) => job.track === track);

  const sound = has('sound')
    ? addAudioSection(fingerprint, file, { media, onProgress: progress('sound'), signal }).then((outcome) => {
        if (outcome !== 'cancelled') ended('sound', outcome === 'added');
      })
    : Promise.resolve();
  const picture = has('picture')
    ? addPictureSection(input, file, { onProgress: progress('picture'), signal }).then((outcome) => {
        if (outcome !== 'cancelled') ended('picture', outcome === 'added');
      })
    : Promise.resolve();
  const further = (async () => {
    for (const entry of furtherSoundTracks(input)) {
      if (signal.aborted) return;
      // One track at a time, so each has its own bar; addTrackSound leaves a track it cannot decode without its sound.
      const outcome = await addTrackSound(fingerprint, file, { labels: [entry.label], onProgress: progress(entry.label), signal });
      if (outcome !== 'cancelled') ended(entry.label, Boolean(entry.audio));
    }
  })();
  await Promise.all([sound, picture, further, addPcmSection(fingerprint, file, signal)]);
  return signal.aborted ? 'stopped' : 'complete';
}

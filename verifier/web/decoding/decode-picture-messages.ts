// The messages between the page and the picture decoding worker.
import type { VideoSection } from '../../../shared/video/video-section.ts';

/** `track`: the picture track's container id (MP4 track_ID, Matroska TrackNumber). */
export interface PictureDecodeRequest {
  file: File;
  track: number;
}

export type PictureDecodeReply =
  | { type: 'progress'; decodedSeconds: number; durationSeconds: number }
  /** `video` null: this browser cannot decode the picture. */
  | { type: 'done'; video: VideoSection | null }
  | { type: 'error'; message: string };

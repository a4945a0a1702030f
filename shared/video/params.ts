// The picture's perceptual fingerprint: frames sampled at a fixed rate, each reduced to a small
// gray image whose low frequencies survive re-encoding, scaling and frame-rate changes.
export const VIDEO_PARAMS = {
  /** Frames per second sampled (ffmpeg's fps filter in the CLI). */
  fps: 5,
  /** Width and height of the gray image a frame is reduced to. */
  size: 32,
} as const;

export const FRAME_BYTES = VIDEO_PARAMS.size * VIDEO_PARAMS.size;
export const FRAME_SECONDS = 1 / VIDEO_PARAMS.fps;

// Live media: a <video> or <audio> element playing a MediaStream with a live track. Call pages attach
// camera and remote streams this way; a recorded video file does not count. The lobby and the
// waiting room already show one: the own camera preview.
import type { CallFrame } from './frames.ts';

export interface LiveMedia {
  /** Media elements showing a live stream, in all frames. */
  elements: number;
  /** More than one distinct live stream carries video: someone else's picture besides the own preview. */
  remoteStream: boolean;
}

function liveStream(source: unknown): MediaStream | null {
  // Duck-typed: a stream from another frame is not an instance of this frame's MediaStream.
  if (source === null || typeof source !== 'object' || !('getTracks' in source)) return null;
  const stream = source as MediaStream;
  return stream.getTracks().some((track) => track.readyState === 'live') ? stream : null;
}

export function liveMedia(frames: readonly CallFrame[]): LiveMedia {
  let elements = 0;
  const videoStreams = new Set<string>();
  for (const { doc } of frames) {
    for (const element of doc.querySelectorAll('video, audio')) {
      const stream = liveStream((element as HTMLMediaElement).srcObject);
      if (stream === null) continue;
      elements++;
      if (stream.getTracks().some((track) => track.kind === 'video' && track.readyState === 'live')) videoStreams.add(stream.id);
    }
  }
  return { elements, remoteStream: videoStreams.size > 1 };
}

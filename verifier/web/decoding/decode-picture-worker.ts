// The picture decoding worker: the page posts a File and its picture track's id, the worker streams
// it through decode-picture-stream.ts and posts progress (throttled) and the fingerprint file's
// video section.
import { writeVideoSection } from '../../../shared/video/video-section.ts';
import type { PictureDecodeReply, PictureDecodeRequest } from './decode-picture-messages.ts';
import { decodePictureStream } from './decode-picture-stream.ts';

const PROGRESS_EVERY_MS = 200;

const post = (reply: PictureDecodeReply): void => postMessage(reply);

onmessage = async (event: MessageEvent<PictureDecodeRequest>) => {
  const { file, track } = event.data;
  let last = 0;
  try {
    const signatures = await decodePictureStream(file, track, (decodedSeconds, durationSeconds) => {
      const now = performance.now();
      if (now - last < PROGRESS_EVERY_MS) return;
      last = now;
      post({ type: 'progress', decodedSeconds, durationSeconds });
    });
    post({ type: 'done', video: signatures && writeVideoSection(signatures) });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};

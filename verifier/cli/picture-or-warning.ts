// The picture's signatures for `fingerprint` and `compare`, or null when ffmpeg cannot decode it (a
// codec it may not use here, a broken stream): the reason goes to stderr, naming the file, and the
// picture is left out (a fingerprint file without a video section) or not compared, while the code,
// the packets and the sound still are. A missing or refused ffmpeg still stops the command.
import type { FrameSignature } from '../../shared/video/frame-signature.ts';
import { pictureSignatures, PictureUndecodable } from '../node/decode-video.ts';
import type { CliIo } from './cli-io.ts';

export async function pictureOrWarning(path: string, container: string, io: CliIo): Promise<FrameSignature[] | null> {
  try {
    return await pictureSignatures(path, container);
  } catch (e) {
    if (!(e instanceof PictureUndecodable)) throw e;
    io.warn(e.message);
    return null;
  }
}

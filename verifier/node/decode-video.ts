// The picture's perceptual fingerprint in the CLI: ffmpeg decodes the first video stream only as far
// as the signature needs (5 frames a second, scaled to 32×32, gray: `-an -vf fps,scale,format`), on
// both cores, pinned to the detected container and the picture decoders (decode-whitelist.ts), and
// each frame is reduced to its signature as it arrives, so memory stays flat for any length.
import { frameSignature, type FrameSignature } from '../../shared/video/frame-signature.ts';
import { FRAME_BYTES, VIDEO_PARAMS } from '../../shared/video/params.ts';
import { findFfmpeg } from './decode-audio.ts';
import { ffmpegInputRestrictions, VIDEO_DECODERS } from './decode-whitelist.ts';
import { InputError } from './input-error.ts';
import { spawnDecoder, withoutInputUrl } from './sandboxed-spawn.ts';

/**
 * ffmpeg ran and could not decode the picture (a codec it may not use here, a broken stream): the
 * picture is then left not compared, and the rest of the file still is. A missing ffmpeg, or one
 * refused without its sandbox, is a plain InputError: nothing can be decoded then.
 */
export class PictureUndecodable extends InputError {}

/** @throws PictureUndecodable when ffmpeg cannot decode the picture; InputError when ffmpeg is missing or refused */
export async function pictureSignatures(file: string, container: string): Promise<FrameSignature[]> {
  let ffmpeg: string;
  try {
    ffmpeg = findFfmpeg();
  } catch (e) {
    throw new InputError(file, `its picture cannot be decoded: ${(e as Error).message}`);
  }
  const { fps, size } = VIDEO_PARAMS;
  const restrictions = ffmpegInputRestrictions(file, container, VIDEO_DECODERS);
  // `input` is where ffmpeg sees the file: inside its sandbox (sandboxed-spawn.ts), a fixed path.
  const args = (input: string): string[] => [
    '-hide_banner', '-nostdin', '-nostats', '-loglevel', 'error', '-threads', '2',
    ...restrictions, '-i', `file:${input}`,
    '-map', '0:v:0', '-an', '-sn', '-vf', `fps=${fps},scale=${size}:${size}:flags=area,format=gray`,
    '-f', 'rawvideo', '-',
  ];
  return new Promise((resolve, reject) => {
    const child = spawnDecoder(ffmpeg, file, args);
    const signatures: FrameSignature[] = [];
    const frame = new Uint8Array(FRAME_BYTES);
    let filled = 0;
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => (stderr = (stderr + text).slice(-4096)));
    child.stdout.on('data', (chunk: Buffer) => {
      for (let at = 0; at < chunk.length; ) {
        const n = Math.min(FRAME_BYTES - filled, chunk.length - at);
        frame.set(chunk.subarray(at, at + n), filled);
        filled += n;
        at += n;
        if (filled === FRAME_BYTES) {
          signatures.push(frameSignature(frame));
          filled = 0;
        }
      }
    });
    child.on('error', (error) => reject(new InputError(file, `its picture cannot be decoded: cannot start ffmpeg (${ffmpeg}): ${error.message}`)));
    child.on('close', (code) => {
      if (code !== 0) {
        const codec = /Codec \((\S+)\) not on whitelist/.exec(stderr);
        const why = codec ? `is in a codec Opnamepact does not decode (${codec[1]})` : withoutInputUrl(stderr.trim().split('\n').pop() ?? `ffmpeg exited with ${code}`, file);
        return reject(new PictureUndecodable(file, `its picture cannot be decoded: ${why}`));
      }
      resolve(signatures);
    });
  });
}

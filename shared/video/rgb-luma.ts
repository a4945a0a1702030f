// The luma a decoder coded, back from a frame a browser hands over as RGB (Firefox gives its decoded
// pictures as BGRX): Y′ = Kr·R + Kg·G + Kb·B of the frame's matrix (BT.709 for HD, BT.601 otherwise,
// as ffmpeg assumes when a stream does not say), put back in the limited range 16–235 the coded luma
// has, so its brightness is what ffmpeg reads from the Y plane in the CLI.
import type { LumaPlane } from './area-downscale.ts';

export type RgbOrder = 'rgb' | 'bgr';

const MATRICES = {
  bt709: [0.2126, 0.7152, 0.0722],
  bt601: [0.299, 0.587, 0.114],
} as const;

export type LumaMatrix = keyof typeof MATRICES;

/**
 * @param pixels 4 bytes a pixel (R, G, B, X or B, G, R, X), row y at `offset + y * stride`
 * @param out width × height bytes, written over and returned as a plane
 */
export function rgbToLuma(pixels: Uint8Array, offset: number, stride: number, width: number, height: number, order: RgbOrder, matrix: LumaMatrix, out: Uint8Array): LumaPlane {
  if (out.length < width * height) throw new RangeError(`${width}×${height} luma does not fit in ${out.length} bytes`);
  if (stride < width * 4 || offset + (height - 1) * stride + width * 4 > pixels.length) throw new RangeError(`${width}×${height} pixels with stride ${stride} do not fit in ${pixels.length} bytes`);
  const [kr, kg, kb] = MATRICES[matrix];
  const scale = 219 / 255;
  const [r, b] = order === 'rgb' ? [0, 2] : [2, 0];
  for (let y = 0; y < height; y++) {
    let at = offset + y * stride;
    for (let x = 0; x < width; x++, at += 4) {
      out[y * width + x] = Math.round(16 + scale * (kr * pixels[at + r]! + kg * pixels[at + 1]! + kb * pixels[at + b]!));
    }
  }
  return { data: out, offset: 0, stride: width, width, height };
}

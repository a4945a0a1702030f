// What ffmpeg may do with a file a client hands in (security review F1, F13). Left to itself it
// probes the content and follows what it finds: an ID3 tag followed by an HLS playlist makes it
// play a byte range hidden in the tag, a concat list makes it play other files. So the demuxer is
// the one Opnamepact's own readers detected (-f), nested demuxers (hls, concat, …) are refused by
// a whitelist, only local files may be opened, and only the audio decoders of the codecs the
// packet layer knows (docs/formats-packets.md) are allowed.
import { InputError } from './input-error.ts';

/** Our container name → ffmpeg's demuxer for it (`ffmpeg -formats`, ffmpeg 5.1). */
const DEMUXERS: Record<string, string> = {
  wav: 'wav',
  mp4: 'mov',
  webm: 'matroska',
  matroska: 'matroska',
  ogg: 'ogg',
  mp3: 'mp3',
  adts: 'aac',
  flac: 'flac',
  amr: 'amr',
};

/** ffmpeg's audio decoders for those codecs (`ffmpeg -decoders`), native and library ones. */
const DECODERS = [
  'aac', 'aac_fixed', 'mp3', 'mp3float', 'mp2', 'mp2float', 'mp1', 'mp1float', 'opus', 'libopus', 'vorbis', 'libvorbis', 'flac',
  'amrnb', 'amrwb', 'libopencore_amrnb', 'libopencore_amrwb', 'alac', 'ac3', 'ac3_fixed', 'eac3',
  // Compressed WAV as dictaphones and call recorders write it.
  'adpcm_ima_wav', 'adpcm_ms', 'gsm_ms', 'libgsm_ms',
  'pcm_u8', 'pcm_s8', 'pcm_s16le', 'pcm_s16be', 'pcm_s24le', 'pcm_s24be', 'pcm_s32le', 'pcm_s32be',
  'pcm_f32le', 'pcm_f32be', 'pcm_f64le', 'pcm_f64be', 'pcm_alaw', 'pcm_mulaw',
];

/** The picture's decoders, for the perceptual picture fingerprint (decode-video.ts); Theora for Ogg video, whose packets the Ogg reader does not read. */
export const VIDEO_DECODERS = ['h264', 'hevc', 'vp8', 'libvpx', 'vp9', 'libvpx-vp9', 'av1', 'libdav1d', 'libaom-av1', 'mpeg4', 'h263', 'mjpeg', 'theora'];

/** The ffmpeg input options that pin `file` to `container` and its decoders to `decoders`. @throws InputError for a container we do not read */
export function ffmpegInputRestrictions(file: string, container: string, decoders: readonly string[] = DECODERS): string[] {
  const demuxer = DEMUXERS[container];
  if (!demuxer) throw new InputError(file, 'cannot be decoded: not a recording in a container Opnamepact reads');
  return [
    '-protocol_whitelist', 'file',
    '-format_whitelist', [...new Set(Object.values(DEMUXERS))].join(','),
    '-codec_whitelist', decoders.join(','),
    '-f', demuxer,
  ];
}

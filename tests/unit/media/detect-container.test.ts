// Container detection from the first bytes, and the name only where bytes cannot tell.
import { describe, expect, test } from 'vitest';
import { detectContainer } from '../../../shared/media/detect-container.ts';

const bytes = (...parts: (string | number[])[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('detectContainer', () => {
  test.each<[string, Uint8Array, string, string]>([
    ['RIFF WAVE', bytes('RIFF', [0, 0, 0, 0], 'WAVE'), 'a.bin', 'wav'],
    ['RF64 WAVE', bytes('RF64', [0, 0, 0, 0], 'WAVE'), 'a.bin', 'wav'],
    ['RIFF AVI is not WAV', bytes('RIFF', [0, 0, 0, 0], 'AVI '), 'a.avi', 'unknown'],
    ['Ogg', bytes('OggS', [0]), 'a', 'ogg'],
    ['FLAC', bytes('fLaC'), 'a', 'flac'],
    ['WebM', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x84], 'webm'), 'a', 'webm'],
    ['Matroska', bytes([0x1a, 0x45, 0xdf, 0xa3, 0xa3, 0x42, 0x82, 0x88], 'matroska'), 'a', 'matroska'],
    ['MP4 ftyp', bytes([0, 0, 0, 32], 'ftypisom'), 'a', 'mp4'],
    ['MOV starting with a wide box', bytes([0, 0, 0, 8], 'wide'), 'a.mov', 'mp4'],
    ['a moov-looking size of 0 is not MP4', bytes([0, 0, 0, 0], 'moov'), 'a', 'unknown'],
    ['AMR', bytes('#!AMR\n'), 'a', 'amr'],
    ['AMR-WB', bytes('#!AMR-WB\n'), 'a', 'amr'],
    ['ID3 then MP3', bytes('ID3', [3, 0]), 'a.mp3', 'mp3'],
    ['ID3 then AAC', bytes('ID3', [3, 0]), 'a.aac', 'adts'],
    ['ID3 then FLAC', bytes('ID3', [3, 0]), 'a.flac', 'flac'],
    ['ADTS sync', bytes([0xff, 0xf1, 0x4c, 0x80, 0x19, 0x1f, 0xfc]), 'a.aac', 'adts'],
    ['MPEG-1 layer III sync', bytes([0xff, 0xfb, 0x90, 0x64]), 'a', 'mp3'],
    ['text', bytes('hello world'), 'a.txt', 'unknown'],
    ['nothing', bytes(), 'empty', 'unknown'],
  ])('%s', (_, first, name, container) => {
    expect(detectContainer(first, name)).toBe(container);
  });
});

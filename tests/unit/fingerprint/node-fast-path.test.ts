import { mkdirSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../../shared/fingerprint/fingerprinter.ts';
import { codeOfInput } from '../../../verifier/node/code-of-input.ts';
import { fingerprintInput } from '../../../verifier/node/fingerprint-input.ts';
import { InputError } from '../../../verifier/node/input-error.ts';
import { openInput } from '../../../verifier/node/open-input.ts';
import { buildChunkWorker, GENERATED_DIR } from './chunk-worker-build.ts';
import { prngBytes, wavBytes } from './test-data.ts';

const dir = GENERATED_DIR;
let workerUrl: URL;

beforeAll(async () => {
  workerUrl = await buildChunkWorker('chunk-worker.mjs');
});

async function both(name: string, bytes: Uint8Array) {
  const path = `${dir}${name}`;
  writeFileSync(path, bytes);
  const input = await openInput(path);
  const progress: number[] = [];
  try {
    const { fingerprint: fast } = await fingerprintInput(input, { workerUrl, onProgress: (d) => progress.push(d) });
    const code = await codeOfInput(input);
    const pure = fingerprintOf(name, bytes);
    return { fast, pure, code, progress };
  } finally {
    await input.handle.close();
  }
}

describe('Node fast path', () => {
  it('equals the shared implementation on a multi-block file', async () => {
    const bytes = prngBytes(8 * 1024 * 1024 * 3 + 12_345, 41);
    const { fast, pure, code, progress } = await both('multi.bin', bytes);
    expect(fast).toEqual(pure);
    expect(code).toBe(pure.file.sha256);
    expect(progress.at(-1)).toBe(bytes.length);
    expect(fast.chunks.lengths.length).toBeGreaterThan(300);
  });

  it('equals the shared implementation when the last cut falls exactly at the end of the file', async () => {
    // Zeros never trigger a content cut, so every chunk is 256 KiB: 40 of them end at the file end.
    const { fast, pure } = await both('zeros.bin', new Uint8Array(40 * 256 * 1024));
    expect(fast).toEqual(pure);
    expect(fast.chunks.lengths.length).toBe(40);
  });

  it('equals the shared implementation on a small WAV file', async () => {
    const { fast, pure } = await both('small.wav', wavBytes(prngBytes(100_000, 42), { channels: 2 }));
    expect(fast).toEqual(pure);
    expect(fast.file.container).toBe('wav');
  });

  it('refuses a lying WAV header before hashing, naming the file', async () => {
    const path = `${dir}lying.wav`;
    const wav = wavBytes(prngBytes(100_000, 43));
    new DataView(wav.buffer, wav.byteOffset).setUint16(32, 0, true);
    writeFileSync(path, wav);
    const input = await openInput(path);
    try {
      await expect(fingerprintInput(input, { workerUrl: workerUrl })).rejects.toThrow(InputError);
      await expect(fingerprintInput(input, { workerUrl: workerUrl })).rejects.toThrow(/lying\.wav: .*block size \(blockAlign\) of 0/);
    } finally {
      await input.handle.close();
    }
  });

  it('names the file and the problem when it cannot be opened', async () => {
    mkdirSync(`${dir}a-directory`, { recursive: true });
    writeFileSync(`${dir}empty.bin`, new Uint8Array(0));
    await expect(openInput(`${dir}missing.bin`)).rejects.toThrow(/missing\.bin: no such file/);
    await expect(openInput(`${dir}a-directory`)).rejects.toThrow(/a-directory: is a directory/);
    await expect(openInput(`${dir}empty.bin`)).rejects.toThrow(/empty\.bin: is empty/);
  });
});

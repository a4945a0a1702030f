// A test page for the page's streaming decoder (verifier/web/decoding/decode-audio-stream.ts): the module
// bundled into a page served from localhost (WebCodecs needs a secure context), fed real Files
// through a file input, just as the verifier page gets them.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'puppeteer-core';
import type { AudioFingerprint } from '../../../shared/audio/fingerprint.ts';
import { serveStatic, type StaticServer } from '../web/static-server.ts';

export interface Decoded {
  /** Null when the streaming decoder declines the file (the page then falls back). */
  fingerprint: AudioFingerprint | null;
  /** [decoded seconds, duration] as reported, thinned out. */
  progress: [number, number][];
  /** Wall-clock seconds the decoding took in the page. */
  seconds: number;
}

export interface StreamDecodePage {
  page: Page;
  decode(file: string): Promise<Decoded>;
  close(): Promise<void>;
}

interface Printed {
  fingerprint: { subFingerprints: number[]; loudness: number[]; sampleCount: number } | null;
  progress: [number, number][];
  seconds: number;
}

export async function openStreamDecodePage(browser: Browser, dir: string): Promise<StreamDecodePage> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, '../../../verifier/web/decoding/decode-audio-stream.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'audioStream',
    write: false,
    logLevel: 'warning',
  });
  writeFileSync(join(dir, 'decode.js'), bundle.outputFiles[0]!.text);
  writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>decode</title><input type="file" id="file"><script src="decode.js"></script>');
  const server: StaticServer = await serveStatic(dir);
  const page = await browser.newPage();
  await page.goto(`${server.origin}/index.html`);
  return {
    page,
    async decode(file) {
      const input = await page.waitForSelector('#file');
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
      const printed = (await page.evaluate(async () => {
        const api = (globalThis as unknown as { audioStream: { decodeAudioStream(f: File, p: (d: number, t: number) => void): Promise<AudioFingerprint | null> } }).audioStream;
        const chosen = (document.getElementById('file') as HTMLInputElement).files![0]!;
        const progress: [number, number][] = [];
        const start = performance.now();
        const fp = await api.decodeAudioStream(chosen, (d, t) => progress.push([d, t]));
        const seconds = (performance.now() - start) / 1000;
        const fingerprint = fp && { subFingerprints: Array.from(fp.subFingerprints), loudness: Array.from(fp.loudness), sampleCount: fp.sampleCount };
        return { fingerprint, progress: progress.filter((_, i) => i % 50 === 0 || i === progress.length - 1), seconds };
      })) as Printed;
      const f = printed.fingerprint;
      return {
        fingerprint: f && { subFingerprints: Uint32Array.from(f.subFingerprints), loudness: Uint8Array.from(f.loudness), sampleCount: f.sampleCount },
        progress: printed.progress,
        seconds: printed.seconds,
      };
    },
    async close() {
      await page.close();
      await server.close();
    },
  };
}

// The Node fast path runs its chunking worker from a bundled .mjs, as the built CLI does: tests
// bundle it into tests/.generated/fingerprint/ under their own name (test files run in parallel).
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const GENERATED_DIR = fileURLToPath(new URL('../../.generated/fingerprint/', import.meta.url));

export async function buildChunkWorker(name: string): Promise<URL> {
  mkdirSync(GENERATED_DIR, { recursive: true });
  const outfile = `${GENERATED_DIR}${name}`;
  await build({
    entryPoints: [fileURLToPath(new URL('../../../verifier/node/chunk-worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
  });
  return pathToFileURL(outfile);
}

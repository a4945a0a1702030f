// Bundles the CLI and its workers (chunking, audio decoding) into dist/cli/ (ESM for Node 20). The
// workers are found at run time next to the CLI, so the three files travel together.
import { chmod } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', absWorkingDir: root };

await build({
  ...common,
  entryPoints: ['verifier/cli/main.ts'],
  outfile: 'dist/cli/opnamepact.mjs',
  banner: { js: '#!/usr/bin/env node' },
});
await build({ ...common, entryPoints: ['verifier/node/chunk-worker.ts'], outfile: 'dist/cli/chunk-worker.mjs' });
await build({ ...common, entryPoints: ['verifier/node/decode-audio-worker.ts'], outfile: 'dist/cli/decode-audio-worker.mjs' });
await chmod(`${root}dist/cli/opnamepact.mjs`, 0o755);
console.log('built dist/cli/opnamepact.mjs, chunk-worker.mjs and decode-audio-worker.mjs');

// The project's TypeScript modules as one ES module a bench can import: `exports` are the lines of
// an entry (e.g. "export { packetLayer } from './shared/media/packets/packet-layer.ts';"), paths from the
// repository's root; esbuild bundles them for Node into `outfile`.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function bundleModules(exports, outfile) {
  await build({
    stdin: { contents: exports.join('\n'), resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'error',
  });
  return import(pathToFileURL(outfile).href);
}

// The verifier page's workers as files of the extension. The static page imports them with
// `?worker&inline` (blob: URLs), because Chromium refuses separate worker files on file://. An
// extension page may only start workers from its own files (the manifest's CSP: script-src 'self'),
// so in the extension build every `?worker&inline` import becomes a plain `?worker` import: Vite
// then emits the worker as a file and starts it from the extension's own origin.
import type { Plugin } from 'vite';

const INLINE = /([?&]worker)&inline$/;

export function workerFiles(): Plugin {
  return {
    name: 'opnamepact-worker-files',
    enforce: 'pre',
    resolveId(source, importer, options) {
      if (!INLINE.test(source)) return null;
      return this.resolve(source.replace(INLINE, '$1'), importer, { ...options, skipSelf: true });
    },
  };
}

import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { workerFiles } from './extension/build/worker-files.ts';

// Manifest V3 for Chrome/Edge and Firefox alike: every feature used (scripting, storage.session,
// optional host permissions) exists in both. See docs/permissions.md for why each permission is asked.
export default defineConfig({
  srcDir: 'extension',
  outDir: 'dist/extension',
  publicDir: 'extension/public',
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), workerFiles()] }),
  manifest: ({ browser }) => ({
    name: 'Opnamepact',
    description: 'Reminds staff of the recording rules during video calls and keeps a tamper-evident consent log.',
    permissions: ['storage', 'scripting'],
    optional_host_permissions: ['https://*/*'],
    // The default plus 'wasm-unsafe-eval', which lets the verifier page compile its own WebAssembly
    // (SHA-256, chunker). No eval, no remote code; docs/permissions.md explains it.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'opnamepact@opnamepact.nl', strict_min_version: '128.0' } } }
      : { storage: { managed_schema: 'managed_schema.json' } }),
  }),
});

// The verifier page's build: one static folder (dist/verifier) that works from any static host and
// from file://. Chromium refuses module scripts and separate worker files on file:// (origin null),
// so the page is one classic script (iife) and the hashing worker is inlined (a blob: URL).
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { classicScripts } from './classic-scripts-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [preact(), classicScripts()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/verifier', import.meta.url)),
    emptyOutDir: true,
    modulePreload: false,
    cssCodeSplit: false,
    target: 'es2022',
    rollupOptions: { output: { format: 'iife' } },
  },
  worker: { format: 'iife' },
});

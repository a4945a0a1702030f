// Turns Vite's module script tags into classic deferred ones and drops `crossorigin`: on file://
// a module script or a CORS-mode stylesheet is refused (origin null), a classic one is not.
import type { Plugin } from 'vite';

export function classicScripts(): Plugin {
  return {
    name: 'opnamepact-classic-scripts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html
          .replace(/<script type="module" crossorigin/g, '<script defer')
          .replace(/<script type="module"/g, '<script defer')
          .replace(/ crossorigin(?=[\s>])/g, ''),
    },
  };
}

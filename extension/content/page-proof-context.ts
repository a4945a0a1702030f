// WXT's content script context, minus the two page-visible parts of its "a newer copy of this
// script started" handshake: it announces itself with window.postMessage (which tells every page
// script the extension's id) and it stops itself on a DOM CustomEvent that any page script can
// forge once it knows that id. A hostile call page could so switch the reminder off. This
// extension never re-injects its content script, so the handshake has nothing to do; the context
// still ends when the extension itself is reloaded or removed (runtime.id disappears).
import { ContentScriptContext } from 'wxt/utils/content-script-context';

export class PageProofContext extends ContentScriptContext {
  override stopOldScripts(): void {}

  override listenForNewerScripts(): void {}
}

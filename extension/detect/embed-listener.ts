// Listens for the IFrame API events of a Jitsi or Whereby room embedded in the page. Only messages
// whose source is the window of one of the page's own iframes count: another tab, a popup or the
// page itself cannot speak for the embedded room.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { foldEmbedEvent, NO_EMBED, parseEmbedEvent, type EmbedState } from './embed-events.ts';

function fromPageIframe(source: MessageEventSource | null): boolean {
  if (source === null) return false;
  return [...document.querySelectorAll('iframe')].some((iframe) => iframe.contentWindow === source);
}

/** Keeps the embedded room's state; `onEvent` runs after each accepted event. */
export function listenForEmbeds(ctx: ContentScriptContext, onEvent: () => void): { state(): EmbedState } {
  let state = NO_EMBED;
  ctx.addEventListener(window, 'message', (event: MessageEvent) => {
    if (!fromPageIframe(event.source)) return;
    const parsed = parseEmbedEvent(event.data);
    if (parsed === null) return;
    state = foldEmbedEvent(state, parsed);
    onEvent();
  });
  return { state: () => state };
}

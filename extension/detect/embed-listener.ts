// Listens for the IFrame API events of a Jitsi or Whereby room embedded in the page. Only messages
// whose source is the window of one of the page's own iframes count: another tab, a popup or the
// page itself cannot speak for the embedded room.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { foldEmbedEvent, NO_EMBED, parseEmbedEvent, type EmbedEvent, type EmbedState } from './embed-events.ts';

/** The event a message carries, if it is an IFrame API event from one of the document's iframes. */
export function acceptEmbedMessage(event: MessageEvent, doc: Document): EmbedEvent | null {
  const { source } = event;
  if (source === null || ![...doc.querySelectorAll('iframe')].some((iframe) => iframe.contentWindow === source)) return null;
  return parseEmbedEvent(event.data);
}

/** Keeps the embedded room's state; `onEvent` runs after each accepted event. */
export function listenForEmbeds(ctx: ContentScriptContext, onEvent: () => void): { state(): EmbedState } {
  let state = NO_EMBED;
  ctx.addEventListener(window, 'message', (event: MessageEvent) => {
    const accepted = acceptEmbedMessage(event, document);
    if (accepted === null) return;
    state = foldEmbedEvent(state, accepted);
    onEvent();
  });
  return { state: () => state };
}

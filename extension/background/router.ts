// The background's message router: accepts only known message types, from this extension's own
// content scripts and pages, each type only from the contexts allowed to send it.
import { browser, type Browser } from 'wxt/browser';
import { parseMessage, type MessageOf, type MessageType, type Reply, type Responses } from '../messages.ts';
import { senderKind } from './sender.ts';

export type Sender = Browser.runtime.MessageSender;

export type Handlers = {
  readonly [K in MessageType]: (message: MessageOf<K>, sender: Sender) => Promise<Responses[K]>;
};

export function createRouter(handlers: Handlers): (raw: unknown, sender: Sender) => Promise<Reply<unknown>> | undefined {
  const extensionOrigin = browser.runtime.getURL('/');
  return (raw, sender) => {
    const kind = senderKind(sender, browser.runtime.id, extensionOrigin);
    if (kind === null) return undefined;
    const message = parseMessage(raw, kind);
    if (message === null) return Promise.resolve({ ok: false, error: 'unknown or malformed message' });
    const handler = handlers[message.type] as (message: unknown, sender: Sender) => Promise<unknown>;
    return handler(message, sender).then(
      (value): Reply<unknown> => ({ ok: true, value }),
      (error: unknown): Reply<unknown> => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  };
}

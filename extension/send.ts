// The one way the content script, popup and options page talk to the background.
import { browser } from 'wxt/browser';
import type { MessageOf, MessageType, Reply, Responses } from './messages.ts';

export async function send<T extends MessageType>(message: MessageOf<T>): Promise<Responses[T]> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<Responses[T]> | undefined;
  if (reply === undefined) throw new Error(`no reply to "${message.type}"`);
  if (!reply.ok) throw new Error(`"${message.type}" failed: ${reply.error}`);
  return reply.value;
}

// Who sent a message: only this extension's own content scripts (in a top-level https page) and
// its own pages count; everything else is refused.
import type { SenderKind } from '../messages.ts';

export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

export function senderKind(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId || sender.url === undefined) return null;
  if (sender.url.startsWith(extensionOrigin)) return 'page';
  if (sender.tab?.id !== undefined && sender.frameId === 0 && sender.url.startsWith('https://')) return 'content';
  return null;
}

// Platform and meeting of a call, worked out in the background from the URL the browser reports
// for the sender's tab (never from what the page says), through the platform adapters.
import { adapterFor } from '../platforms/index.ts';
import type { PlatformId } from '../platforms/types.ts';
import { logStore } from './log-service.ts';
import type { Sender } from './router.ts';

export interface PageMeeting {
  platform: PlatformId;
  /** What identifies the meeting in the URL; null when the URL names none (Teams in its app). */
  meetingId: string | null;
}

/**
 * The call in the page a content script runs in, as the browser knows the page now. The tab's URL
 * follows a single-page app's history.pushState (the extension may see it because the content
 * script's match patterns are host permissions); the sender's own URL is the one at load.
 */
export function pageMeeting(sender: Sender): PageMeeting {
  const url = new URL(sender.tab?.url ?? sender.url ?? '');
  const adapter = adapterFor(url);
  return { platform: adapter.id, meetingId: adapter.meeting(url).meetingId };
}

/** The meeting key under the log's own per-install salt. */
export async function meetingKeyOf(platform: PlatformId, meetingId: string): Promise<string> {
  return (await logStore()).meetingKeyFor(platform, meetingId);
}

// The registry of adapters: the content script's match list and the lookup by URL come from here.
import { customDomain } from './custom-domain.ts';
import { googleMeet } from './google-meet.ts';
import { jitsi } from './jitsi.ts';
import { teams } from './teams.ts';
import type { PlatformAdapter, PlatformId } from './types.ts';
import { webex } from './webex.ts';
import { whereby } from './whereby.ts';
import { zoom } from './zoom.ts';

export const KNOWN_PLATFORMS: readonly PlatformAdapter[] = [googleMeet, teams, zoom, whereby, jitsi, webex];

export const PLATFORM_IDS: readonly PlatformId[] = [...KNOWN_PLATFORMS.map((adapter) => adapter.id), customDomain.id];

export const KNOWN_MATCHES: string[] = KNOWN_PLATFORMS.flatMap((adapter) => [...adapter.matches]);

/** The adapter for a URL: a known platform, otherwise the custom-domain one (a granted custom domain). */
export function adapterFor(url: URL): PlatformAdapter {
  return KNOWN_PLATFORMS.find((adapter) => adapter.handles(url)) ?? customDomain;
}

export function platformName(id: PlatformId): string {
  return [...KNOWN_PLATFORMS, customDomain].find((adapter) => adapter.id === id)?.name ?? id;
}

export type { Hint, HintSet, MeetingUrl, PlatformAdapter, PlatformId } from './types.ts';

// Watches one page for call state changes: DOM mutations (throttled), SPA navigation and a slow
// poll for media tracks that end without touching the DOM. Every listener and timer is tied to the
// content script context, so nothing outlives an extension update or reload.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformAdapter } from '../platforms/types.ts';
import { classify, type CallState } from './classify.ts';
import { readSignals } from './read-signals.ts';

/** At most one DOM check per this many milliseconds, however fast the page mutates. */
const CHECK_THROTTLE_MS = 250;
const POLL_MS = 1000;

export interface PageCallState extends CallState {
  url: URL;
}

export function watchCall(
  ctx: ContentScriptContext,
  adapter: PlatformAdapter,
  onChange: (state: PageCallState, previous: PageCallState | null) => void,
): void {
  let previous: PageCallState | null = null;
  let scheduled = false;

  const check = (): void => {
    scheduled = false;
    const url = new URL(location.href);
    const state: PageCallState = { ...classify(readSignals(adapter, url, document)), url };
    if (
      previous !== null &&
      previous.phase === state.phase &&
      previous.recording === state.recording &&
      previous.url.href === state.url.href
    ) {
      return;
    }
    const before = previous;
    previous = state;
    onChange(state, before);
  };

  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    ctx.setTimeout(check, CHECK_THROTTLE_MS);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-label', 'class', 'data-tid', 'data-test', 'data-testid', 'hidden'],
  });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.addEventListener(window, 'popstate', schedule);
  ctx.setInterval(schedule, POLL_MS);
  check();
}

// Watches one page for call state changes: DOM mutations in the page and its same-origin frames
// (throttled), SPA navigation, iframe loads, a slow poll for media tracks that end without touching
// the DOM, and a timer for when a grace period ends. Every listener and timer is tied to the content
// script context, so nothing outlives an extension update or reload.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformAdapter } from '../platforms/types.ts';
import { classify } from './classify.ts';
import { listenForEmbeds } from './embed-listener.ts';
import { callFrames } from './frames.ts';
import { advance, describeCues, type CallCues, type CallState, type MachineState } from './phase-machine.ts';
import { readSignals } from './read-signals.ts';

/** At most one DOM check per this many milliseconds, however fast the page mutates. */
const CHECK_THROTTLE_MS = 250;
const POLL_MS = 1000;

const OBSERVED = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['aria-label', 'class', 'data-tid', 'data-test', 'data-testid', 'hidden', 'disabled', 'src'],
};

export interface PageCallState extends CallState {
  url: URL;
  /** Which cues decided: the popup's detection health line. */
  cues: CallCues;
}

function sameState(a: PageCallState, b: PageCallState): boolean {
  return (
    a.phase === b.phase &&
    a.recording === b.recording &&
    a.url.href === b.url.href &&
    a.cues.phase === b.cues.phase &&
    a.cues.recording === b.cues.recording &&
    a.cues.fallbackOnly === b.cues.fallbackOnly &&
    a.cues.override === b.cues.override
  );
}

export function watchCall(
  ctx: ContentScriptContext,
  adapter: PlatformAdapter,
  onChange: (state: PageCallState, previous: PageCallState | null) => void,
): void {
  let machine: MachineState | null = null;
  let previous: PageCallState | null = null;
  let scheduled = false;
  let recheckAt: number | null = null;
  const observed = new WeakSet<Document>();

  const observer = new MutationObserver(() => schedule());
  ctx.onInvalidated(() => observer.disconnect());

  // A frame's document is replaced when it navigates; each new one is observed on the next check.
  const observeFrames = (docs: readonly Document[]): void => {
    for (const doc of docs) {
      if (observed.has(doc)) continue;
      observed.add(doc);
      observer.observe(doc, OBSERVED);
      // Load events of iframes do not bubble, but a capturing listener on their document sees them.
      ctx.addEventListener(doc, 'load', () => schedule(), { capture: true });
    }
  };

  const check = (): void => {
    scheduled = false;
    const url = new URL(location.href);
    const frames = callFrames(document);
    observeFrames(frames.map((frame) => frame.doc));
    const observation = classify(readSignals(adapter, url, frames, embeds.state()));
    // Monotonic: a clock adjustment must not end a call or stretch the grace period.
    const now = performance.now();
    machine = advance(machine, observation, adapter.meeting(url).meetingId, now);
    if (machine.recheckAt !== null && machine.recheckAt !== recheckAt) {
      recheckAt = machine.recheckAt;
      ctx.setTimeout(schedule, Math.max(0, recheckAt - now));
    }
    const state: PageCallState = { phase: machine.phase, recording: machine.recording, url, cues: describeCues(machine) };
    if (previous !== null && sameState(previous, state)) return;
    const before = previous;
    previous = state;
    onChange(state, before);
  };

  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    ctx.setTimeout(check, CHECK_THROTTLE_MS);
  };

  // IFrame API events count only on custom domains: that is where rooms are embedded in a care platform.
  const embeds = adapter.id === 'custom' ? listenForEmbeds(ctx, schedule) : { state: () => undefined };
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.addEventListener(window, 'popstate', schedule);
  ctx.setInterval(schedule, POLL_MS);
  check();
}

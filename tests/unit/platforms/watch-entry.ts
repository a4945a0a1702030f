// Bundled into the test page: the real call monitor (watchCall) on the page, with the content
// script context's timer and listener methods bound to the page's own (the WXT context needs the
// extension runtime; these four methods are all the monitor uses of it). Every state change is
// recorded with the page's clock.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchCall } from '../../../extension/detect/call-monitor.ts';
import { adapterFor } from '../../../extension/platforms/index.ts';

const context = {
  onInvalidated: () => undefined,
  setTimeout: (handler: () => void, ms: number) => window.setTimeout(handler, ms),
  setInterval: (handler: () => void, ms: number) => window.setInterval(handler, ms),
  addEventListener: (target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) => target.addEventListener(type, handler, options),
} as unknown as ContentScriptContext;

const changes: { at: number; phase: string; recording: boolean; cue: string | null }[] = [];
watchCall(context, adapterFor(new URL(location.href)), (state) => {
  changes.push({ at: Math.round(performance.now()), phase: state.phase, recording: state.recording, cue: state.cues.phase });
});
(globalThis as unknown as { monitorChanges: typeof changes }).monitorChanges = changes;

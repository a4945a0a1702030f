// Bundled by esbuild into the test page: the extension's own detection code, run on real DOM
// (top document and same-origin iframes). `observe` keeps the phase machine's state in the page,
// as the call monitor does, with the page's clock.
import { classify } from '../../../extension/detect/classify.ts';
import { callFrames } from '../../../extension/detect/frames.ts';
import { indicatorBoxes } from '../../../extension/detect/indicators.ts';
import { advance, describeCues, type MachineState } from '../../../extension/detect/phase-machine.ts';
import { readSignals } from '../../../extension/detect/read-signals.ts';
import { foldEmbedEvent, NO_EMBED, type EmbedEvent, type EmbedState } from '../../../extension/detect/embed-events.ts';
import { acceptEmbedMessage } from '../../../extension/detect/embed-listener.ts';
import { GENERIC_HINTS } from '../../../extension/platforms/generic.ts';
import { adapterFor, KNOWN_PLATFORMS } from '../../../extension/platforms/index.ts';
import { HINT_KINDS } from '../../../extension/platforms/types.ts';
import { withOverrides, type OverrideHints } from '../../../extension/platforms/with-overrides.ts';

let machine: MachineState | null = null;
let embed: EmbedState = NO_EMBED;
const embedEvents: EmbedEvent[] = [];

// What the content script's listener does on a custom domain, with the same acceptance check.
window.addEventListener('message', (event) => {
  const accepted = acceptEmbedMessage(event, document);
  if (accepted === null) return;
  embedEvents.push(accepted);
  embed = foldEmbedEvent(embed, accepted);
});

function adapter(url: URL, extra?: OverrideHints) {
  return withOverrides(adapterFor(url), extra);
}

const api = {
  /** One check from scratch: what the page shows right now. */
  detectCall(url: string, extra?: OverrideHints) {
    const parsed = new URL(url);
    const platform = adapter(parsed, extra);
    const observation = classify(readSignals(platform, parsed, callFrames(document), embed));
    const state = advance(null, observation, platform.meeting(parsed).meetingId, Date.now());
    return { platform: platform.id, phase: state.phase, recording: state.recording, cues: describeCues(state) };
  },
  /** One check in a running sequence: the machine keeps its latch and grace between calls. */
  observe(url: string) {
    const parsed = new URL(url);
    const platform = adapter(parsed);
    machine = advance(machine, classify(readSignals(platform, parsed, callFrames(document), embed)), platform.meeting(parsed).meetingId, Date.now());
    return { phase: machine.phase, recording: machine.recording, cues: describeCues(machine) };
  },
  reset() {
    machine = null;
  },
  /** Every built-in cue (platforms, the Jitsi fingerprint, the generic fallback), for the validity test. */
  allHints() {
    const sets = [...KNOWN_PLATFORMS.map((platform) => ({ id: platform.id, hints: platform.hints, fingerprint: platform.fingerprint ?? [] })), { id: 'generic', hints: GENERIC_HINTS, fingerprint: [] }];
    return sets.flatMap(({ id, hints, fingerprint }) => [
      ...HINT_KINDS.flatMap((kind) => hints[kind].map((hint) => ({ platform: id, kind, ...hint }))),
      ...fingerprint.map((hint) => ({ platform: id, kind: 'fingerprint', ...hint })),
    ]);
  },
  /** The IFrame API events accepted so far. */
  embedEvents: () => embedEvents,
  indicatorBoxes(url: string) {
    return indicatorBoxes(adapter(new URL(url))).map(({ x, y, width, height }) => ({ x, y, width, height }));
  },
};

(globalThis as unknown as { detector: typeof api }).detector = api;

// Bundled by esbuild into the test page: the extension's own detection code, run on real DOM.
import { classify } from '../../../extension/detect/classify.ts';
import { readSignals } from '../../../extension/detect/read-signals.ts';
import { adapterFor } from '../../../extension/platforms/index.ts';
import type { HintSet } from '../../../extension/platforms/types.ts';
import { withOverrides } from '../../../extension/platforms/with-overrides.ts';

(globalThis as unknown as { detectCall: (url: string, extra?: Partial<HintSet>) => unknown }).detectCall = (url, extra) => {
  const parsed = new URL(url);
  const adapter = withOverrides(adapterFor(parsed), extra);
  return { platform: adapter.id, ...classify(readSignals(adapter, parsed, document)) };
};

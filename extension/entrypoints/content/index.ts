import { PageProofContext } from '../../content/page-proof-context.ts';
import { KNOWN_MATCHES, adapterFor } from '../../platforms/index.ts';
import { withOverrides } from '../../platforms/with-overrides.ts';
import { runReminder } from '../../reminder/controller.tsx';
import { send } from '../../send.ts';
import { resolveLanguage } from '../../settings/language.ts';

export default defineContentScript({
  matches: KNOWN_MATCHES,
  runAt: 'document_idle',
  // WXT's own context would post the extension id to the page; see PageProofContext.
  noScriptStartedPostMessage: true,
  async main() {
    const ctx = new PageProofContext('content');
    const { settings } = await send({ type: 'settings/get' });
    const platform = adapterFor(new URL(location.href));
    if (!settings.enabledPlatforms.includes(platform.id)) return;
    const adapter = withOverrides(platform, settings.hintOverrides[platform.id]);
    await runReminder(ctx, adapter, resolveLanguage(settings.language, navigator.language), settings.reminder);
  },
});

import { render } from 'preact';
import { send } from '../../send.ts';
import { resolveLanguage } from '../../settings/language.ts';
import { Options } from '../../ui/options/Options.tsx';
import '../../ui/page.css';

async function main(): Promise<void> {
  const initial = await send({ type: 'settings/get' });
  document.documentElement.lang = resolveLanguage(initial.settings.language, navigator.language);
  const app = document.getElementById('app');
  if (app !== null) render(<Options initial={initial} />, app);
}

void main();

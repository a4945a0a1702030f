// The verifier page inside the extension: the same Preact app as the static page (verifier/web),
// opening in the language of the extension's settings.
import { render } from 'preact';
import { App } from '../../../verifier/web/app.tsx';
import { send } from '../../send.ts';
import { resolveLanguage } from '../../settings/language.ts';
import '../../../verifier/web/styles.css';

async function main(): Promise<void> {
  const { settings } = await send({ type: 'settings/get' });
  const app = document.getElementById('app');
  if (app !== null) render(<App initialLang={resolveLanguage(settings.language, navigator.language)} />, app);
}

void main();

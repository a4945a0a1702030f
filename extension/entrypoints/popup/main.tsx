import { render } from 'preact';
import { browser } from 'wxt/browser';
import { send } from '../../send.ts';
import { resolveLanguage } from '../../settings/language.ts';
import { Popup } from '../../ui/popup/Popup.tsx';
import '../../ui/page.css';

async function main(): Promise<void> {
  const [[tab], { settings }] = await Promise.all([browser.tabs.query({ active: true, currentWindow: true }), send({ type: 'settings/get' })]);
  const language = resolveLanguage(settings.language, navigator.language);
  document.documentElement.lang = language;
  const app = document.getElementById('app');
  if (app === null) return;
  render(<Popup language={language} tabId={tab?.id ?? null} openOptions={() => void browser.runtime.openOptionsPage()} />, app);
}

void main();

import { render } from 'preact';
import { browser } from 'wxt/browser';
import { sessionId } from '../../ui/log/sessions.ts';
import { LogPage } from '../../ui/log/LogPage.tsx';
import { pageLanguage } from '../../ui/log/page-language.ts';
import '../../ui/page.css';
import '../../ui/log/log.css';

async function main(): Promise<void> {
  const language = await pageLanguage();
  document.title = language === 'nl' ? 'Opnamepact — logboek' : 'Opnamepact — consent log';
  const app = document.getElementById('app');
  if (app === null) return;
  const openPrint = (session: Parameters<typeof sessionId>[0]) =>
    void browser.tabs.create({ url: browser.runtime.getURL(`/print.html?session=${encodeURIComponent(sessionId(session))}`) });
  render(<LogPage language={language} openPrint={openPrint} />, app);
}

void main();

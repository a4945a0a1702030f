import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { SessionKey } from '../../../shared/consent/export-format.ts';
import { LogPage } from '../../ui/log/LogPage.tsx';
import { pageLanguage } from '../../ui/log/page-language.ts';
import { handOffToPrint } from '../../ui/log/print-handoff.ts';
import '../../ui/page.css';
import '../../ui/log/log.css';
import '../../ui/receipt/receipt.css';

async function main(): Promise<void> {
  const language = await pageLanguage();
  document.title = language === 'nl' ? 'Opnamepact — logboek' : 'Opnamepact — consent log';
  const app = document.getElementById('app');
  if (app === null) return;
  const openPrint = async (session: SessionKey) => {
    const token = await handOffToPrint(session);
    await browser.tabs.create({ url: browser.runtime.getURL(`/print.html#${token}`) });
  };
  // The call-end button opens log.html#receipt: show the receipt for the log's head first.
  render(<LogPage language={language} openPrint={(session) => void openPrint(session)} receiptAtStart={location.hash === '#receipt'} />, app);
}

void main();

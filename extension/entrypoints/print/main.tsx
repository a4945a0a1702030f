import { render } from 'preact';
import { sessionPrintModel } from '../../../shared/consent/print-model.ts';
import { send } from '../../send.ts';
import { lt } from '../../ui/log/page-strings.ts';
import { pageLanguage } from '../../ui/log/page-language.ts';
import { sessionForPrint } from '../../ui/log/print-handoff.ts';
import { PrintSession } from '../../ui/log/PrintSession.tsx';
import '../../ui/log/print.css';
import '../../ui/receipt/receipt.css';

async function main(): Promise<void> {
  const language = await pageLanguage();
  const app = document.getElementById('app');
  if (app === null) return;
  const session = await sessionForPrint(location.hash.slice(1));
  // The export signs the session's last entry; the receipt is that same signed checkpoint.
  const exported = session === null ? null : await send({ type: 'log/export', session });
  const receipt = session === null || exported === null ? null : await send({ type: 'log/checkpoint', session });
  if (exported === null || receipt === null) {
    render(<p role="alert">{lt('noSession', language)}</p>, app);
    return;
  }
  document.title = lt('printTitle', language);
  render(<PrintSession model={sessionPrintModel(exported)} receipt={receipt} language={language} />, app);
}

void main();

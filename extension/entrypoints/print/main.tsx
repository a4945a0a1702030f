import { render } from 'preact';
import { sessionPrintModel } from '../../../shared/consent/print-model.ts';
import { send } from '../../send.ts';
import { parseSessionId } from '../../ui/log/sessions.ts';
import { lt } from '../../ui/log/page-strings.ts';
import { pageLanguage } from '../../ui/log/page-language.ts';
import { PrintSession } from '../../ui/log/PrintSession.tsx';
import '../../ui/log/print.css';

async function main(): Promise<void> {
  const language = await pageLanguage();
  const app = document.getElementById('app');
  if (app === null) return;
  const session = parseSessionId(new URLSearchParams(location.search).get('session') ?? '');
  const exported = session === null ? null : await send({ type: 'log/export', session });
  if (exported === null) {
    render(<p role="alert">{lt('noSession', language)}</p>, app);
    return;
  }
  document.title = lt('printTitle', language);
  render(<PrintSession model={sessionPrintModel(exported)} language={language} />, app);
}

void main();

// The call-end moment's "Receipt for the client" button. Shown in the reminder on the call page,
// it only asks the background: the head is signed when the moment appears, and a click opens the
// receipt in the extension's log page, out of the call page's reach.
import { useEffect } from 'preact/hooks';
import type { Language } from '../../../shared/rules/index.ts';
import { send } from '../../send.ts';
import { rt } from './receipt-strings.ts';

export function ReceiptButton({ language }: { language: Language }) {
  useEffect(() => void send({ type: 'log/call-end', open: false }).catch(() => undefined), []);
  return (
    <button type="button" data-receipt-button onClick={() => void send({ type: 'log/call-end', open: true })}>
      {rt('button', language)}
    </button>
  );
}

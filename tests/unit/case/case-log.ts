// A signed consent log export (format 2, made with a WebCrypto device key as the extension makes
// it) for a case: a session in which the staff member and the client each register a recording's
// code, the client perhaps only the short form.
import { sealEntry } from '../../../shared/consent/chain.ts';
import type { Entry, EntryDraft } from '../../../shared/consent/entry.ts';
import type { LogExport } from '../../../shared/consent/export-format.ts';
import { newDevice, signAt, signedFullExport } from '../consent/test-device.ts';
import { receiptLine } from '../../../shared/consent/receipt.ts';

const COMMON = {
  platform: 'google-meet',
  meetingKey: 'a7ebdcadff8ff0ee7120c023b7afc57e184e67dfa150552cee9e243f0a476af8',
  caseRef: 'DV-2026-0142',
  staff: 'MvdB',
  catalogue: null,
  noticeHash: null,
  note: '',
};

export interface CaseLog {
  export: LogExport;
  /** The receipt the client was given after the registrations. */
  receipt: string;
}

export async function caseLog(staffCode: string, client: { code: string } | { shortCode: string }): Promise<CaseLog> {
  const drafts: EntryDraft[] = [
    { ...COMMON, time: '2026-11-29T09:00:00.000Z', kind: 'staff-asks-to-record', answer: 'granted', nonce: '0'.repeat(31) + '1' },
    { ...COMMON, time: '2026-11-29T09:50:00.000Z', kind: 'recording-registered', party: 'staff', code: staffCode, shortCode: null, nonce: '0'.repeat(31) + '2' },
    {
      ...COMMON,
      time: '2026-11-29T09:51:00.000Z',
      kind: 'recording-registered',
      party: 'client',
      code: 'code' in client ? client.code : null,
      shortCode: 'shortCode' in client ? client.shortCode : null,
      nonce: '0'.repeat(31) + '3',
    },
  ];
  const log: Entry[] = [];
  for (const draft of drafts) {
    const head = log.at(-1);
    log.push(sealEntry(draft, head ? { seq: head.seq, hash: head.hash } : { seq: 0, hash: '0'.repeat(64) }));
  }
  const device = await newDevice();
  const given = await signAt(device, log, 3);
  return { export: await signedFullExport(device, log, [given]), receipt: receiptLine(given) };
}

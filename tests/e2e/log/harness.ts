// Browser side of the log tests: the real store in a page, driven through `window.logHarness`.
// Results come back as plain data (errors included) because puppeteer only carries JSON.

import { LogStoreError } from '../../../extension/log/errors.ts';
import { openLogDatabase, type DeviceKeyRecord } from '../../../extension/log/schema.ts';
import { openLogStore, type LogStore } from '../../../extension/log/store.ts';
import type { EntryDraft } from '../../../shared/consent/entry.ts';
import type { SessionKey } from '../../../shared/consent/export-format.ts';
import { verifyLogExportText } from '../../../shared/consent/verify.ts';

export type Settled<T> = { ok: true; value: T } | { ok: false; name: string; code: string | null; message: string };

async function settle<T>(work: () => Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    const { name, message } = error as Error;
    return { ok: false, name, code: error instanceof LogStoreError ? error.code : null, message };
  }
}

let store: LogStore | null = null;
let storeName: string | undefined;
const open = (): LogStore => {
  if (store === null) throw new Error('call open() first');
  return store;
};

const harness = {
  open: (name?: string) => settle(async () => void ((store = await openLogStore(name)), (storeName = name))),
  append: (draft: EntryDraft) => settle(() => open().append(draft)),
  /** Appends one after another; stops at the first failure and says how many were written. */
  appendAll: async (drafts: EntryDraft[]) => {
    const start = performance.now();
    for (let i = 0; i < drafts.length; i++) {
      const result = await settle(() => open().append(drafts[i] as EntryDraft));
      if (!result.ok) return { written: i, failure: result, ms: performance.now() - start };
    }
    return { written: drafts.length, failure: null, ms: performance.now() - start };
  },
  /** Exports, serialises and verifies the whole log in the page; returns only the figures. */
  timeExport: async (now: string) => {
    const t0 = performance.now();
    const exported = await open().exportAll(new Date(now));
    const t1 = performance.now();
    const text = JSON.stringify(exported);
    const t2 = performance.now();
    const verification = verifyLogExportText(text);
    const t3 = performance.now();
    return { exportMs: t1 - t0, stringifyMs: t2 - t1, verifyMs: t3 - t2, bytes: text.length, ok: verification.ok };
  },
  /** Starts every append at once, as several callers in one background would. */
  appendConcurrently: (drafts: EntryDraft[]) => Promise.all(drafts.map((draft) => settle(() => open().append(draft)))),
  list: (filter?: Parameters<LogStore['list']>[0]) => settle(() => open().list(filter)),
  head: () => settle(() => open().head()),
  exportAll: (now: string) => settle(() => open().exportAll(new Date(now))),
  exportSession: (key: SessionKey, now: string) => settle(() => open().exportSession(key, new Date(now))),
  importAndVerify: (text: string) => settle(() => open().importAndVerify(text)),
  applyRetention: (now: string, days: number) => settle(() => open().applyRetention(new Date(now), days)),
  checkpoint: (session: SessionKey | null, now: string) => settle(() => open().checkpoint(session, new Date(now))),
  /** What the stored device key is, read straight from IndexedDB (the store never hands it out). */
  deviceKey: () =>
    settle(async () => {
      const db = await openLogDatabase(storeName);
      const record = (await db.get('meta', 'device-key')) as DeviceKeyRecord;
      db.close();
      const { privateKey } = record;
      const algorithm = privateKey.algorithm as EcKeyAlgorithm;
      return { extractable: privateKey.extractable, algorithm: algorithm.name, curve: algorithm.namedCurve, usages: privateKey.usages, fingerprint: record.fingerprint };
    }),
  meetingKeyFor: (platform: string, meetingId: string) => settle(() => open().meetingKeyFor(platform, meetingId)),
  close: () => open().close(),
};

export type LogHarness = typeof harness;
(globalThis as unknown as { logHarness: LogHarness }).logHarness = harness;

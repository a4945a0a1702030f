// The background's one connection to the consent log. The log is written only here: IndexedDB is
// per origin, and only the background runs for the extension as a whole. Opening it (once per
// service-worker start) also applies retention, so old entries go on every browser start and
// whenever the worker wakes up again, without the `alarms` permission.
import type { LogStore } from '../log/store.ts';
import { openLogStore } from '../log/store.ts';
import { loadSettings } from './settings-store.ts';

let opening: Promise<LogStore> | null = null;

async function openWithRetention(): Promise<LogStore> {
  const store = await openLogStore();
  const { settings } = await loadSettings();
  await store.applyRetention(new Date(), settings.retentionDays);
  return store;
}

export function logStore(): Promise<LogStore> {
  opening ??= openWithRetention().catch((error: unknown) => {
    // A failed open (e.g. during a browser update) must not stick for the worker's lifetime.
    opening = null;
    throw error;
  });
  return opening;
}

// The background's handler for every message type, in one table.
import type { Handlers } from './router.ts';
import { onCallState, onDismiss, tabState } from './call-handlers.ts';
import { syncCustomDomains } from './custom-domains.ts';
import { onAppend, onCallEnd, onExport, onNotice, onOpenLog, onRegisterCode } from './log-handlers.ts';
import { logStore } from './log-service.ts';
import { loadSettings, saveSettings } from './settings-store.ts';

export const handlers: Handlers = {
  'settings/get': () => loadSettings(),
  'settings/save': async (message) => {
    const saved = await saveSettings(message.settings);
    await syncCustomDomains();
    return saved;
  },
  'call/state': onCallState,
  'reminder/dismiss': onDismiss,
  'tab/state': (message) => tabState(message.tabId),
  'log/notice': onNotice,
  'log/append': onAppend,
  'log/register-code': onRegisterCode,
  'log/list': async () => (await logStore()).list(),
  'log/export': onExport,
  'log/import': async (message) => (await logStore()).importAndVerify(message.text),
  'log/open': onOpenLog,
  'log/checkpoint': async (message) => (await logStore()).checkpoint(message.session),
  'log/call-end': onCallEnd,
};

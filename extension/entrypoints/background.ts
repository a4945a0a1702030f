import { browser } from 'wxt/browser';
import { forgetTab } from '../background/call-handlers.ts';
import { syncCustomDomains } from '../background/custom-domains.ts';
import { handlers } from '../background/handlers.ts';
import { logStore } from '../background/log-service.ts';
import { createRouter } from '../background/router.ts';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(createRouter(handlers));
  // Opening the log applies retention: on every start of the worker, at browser start too. A
  // failure here is reported to whoever uses the log next.
  logStore().catch(() => undefined);
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.runtime.onInstalled.addListener(() => void syncCustomDomains());
  // Host permissions can also be granted or withdrawn in the browser's own extension settings.
  browser.permissions.onAdded.addListener(() => void syncCustomDomains());
  browser.permissions.onRemoved.addListener(() => void syncCustomDomains());
});

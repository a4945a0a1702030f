// Records every network request made by the extension's own targets (service worker, pages) via the
// DevTools protocol. Loading the extension's own files (chrome-extension://) is not network.
import type { Browser, CDPSession, Target } from 'puppeteer-core';

export interface NetworkRecorder {
  requests: string[];
  stop(): Promise<void>;
}

const OWN_FILES = /^(chrome-extension|moz-extension|data|blob):/;

export async function recordExtensionNetwork(browser: Browser, extensionOrigin: string): Promise<NetworkRecorder> {
  const requests: string[] = [];
  const sessions: CDPSession[] = [];
  const watched = new Set<Target>();

  const watch = async (target: Target): Promise<void> => {
    if (watched.has(target) || !target.url().startsWith(extensionOrigin)) return;
    watched.add(target);
    const session = await target.createCDPSession();
    sessions.push(session);
    session.on('Network.requestWillBeSent', (event) => {
      if (!OWN_FILES.test(event.request.url)) requests.push(`${target.type()} ${event.request.url}`);
    });
    await session.send('Network.enable');
  };

  const onTarget = (target: Target): void => void watch(target).catch(() => undefined);
  browser.on('targetcreated', onTarget);
  browser.on('targetchanged', onTarget);
  await Promise.all(browser.targets().map((target) => watch(target).catch(() => undefined)));
  return {
    requests,
    async stop() {
      browser.off('targetcreated', onTarget);
      browser.off('targetchanged', onTarget);
      await Promise.all(sessions.map((session) => session.detach().catch(() => undefined)));
    },
  };
}

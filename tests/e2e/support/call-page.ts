// Drives a fixture call page the way a platform's single-page app changes: swap the content, push
// a history entry, and attach the fake camera to the page's <video> elements. A target is the page
// itself or the same-origin iframe a meeting runs in (Zoom's PWA, Webex).
import type { Frame, Page } from 'puppeteer-core';
import { fixtureBody } from './fixture-server.ts';

export type CallTarget = Page | Frame;

/** Starts the (fake) camera and plays it in every <video data-fixture-camera>. */
export async function attachCamera(page: CallTarget): Promise<void> {
  await page.evaluate(async () => {
    const videos = [...document.querySelectorAll<HTMLVideoElement>('video[data-fixture-camera]')];
    if (videos.length === 0) return;
    const stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: false });
    for (const video of videos) video.srcObject = stream;
  });
}

export async function showState(page: CallTarget, platform: string, state: string, path?: string): Promise<void> {
  await page.evaluate(
    (html, nextPath) => {
      document.body.innerHTML = html;
      if (nextPath !== null) history.pushState(null, '', nextPath);
    },
    fixtureBody(platform, state),
    path ?? null,
  );
  await attachCamera(page);
}

/** Stops every camera track: what a platform does when the call ends. */
export async function stopCamera(page: CallTarget): Promise<void> {
  await page.evaluate(() => {
    for (const video of document.querySelectorAll('video')) {
      const stream = video.srcObject;
      if (stream instanceof MediaStream) for (const track of stream.getTracks()) track.stop();
    }
  });
}

/**
 * Starts a clock in the page: the promise it leaves on the page resolves with the milliseconds (page
 * time) until the reminder's host element is added. Measured inside the page, so the DevTools
 * round trips of a loaded test machine do not count against the extension.
 */
export async function startReminderClock(page: Page): Promise<void> {
  await page.evaluate(() => {
    const t0 = performance.now();
    (window as unknown as { reminderLatency: Promise<number> }).reminderLatency = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (document.querySelector('opnamepact-reminder') === null) return;
        observer.disconnect();
        resolve(performance.now() - t0);
      });
      observer.observe(document.documentElement, { childList: true });
    });
  });
}

export async function reminderLatency(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { reminderLatency: Promise<number> }).reminderLatency);
}

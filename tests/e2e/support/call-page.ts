// Drives a fixture call page the way a platform's single-page app changes: swap the content, push
// a history entry, and attach the fake camera to the page's <video> elements.
import type { Page } from 'puppeteer-core';
import { fixtureBody } from './fixture-server.ts';

/** Starts the (fake) camera and plays it in every <video data-fixture-camera>. */
export async function attachCamera(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const videos = [...document.querySelectorAll<HTMLVideoElement>('video[data-fixture-camera]')];
    if (videos.length === 0) return;
    const stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: false });
    for (const video of videos) video.srcObject = stream;
  });
}

export async function showState(page: Page, platform: string, state: string, path?: string): Promise<void> {
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
export async function stopCamera(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const video of document.querySelectorAll('video')) {
      const stream = video.srcObject;
      if (stream instanceof MediaStream) for (const track of stream.getTracks()) track.stop();
    }
  });
}

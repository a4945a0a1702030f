// Each platform in real Chromium with the built extension: a fixture page served at the platform's
// real URL, a fake camera, and the call going lobby → in call → recording → ended as the platform's
// single-page app would, while the extension's own targets make no network request at all.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extensionWorker, launchChromiumWithExtension, type ExtensionBrowser } from '../support/browsers.ts';
import { attachCamera, reminderLatency, showState, startReminderClock, stopCamera } from '../support/call-page.ts';
import { recordExtensionNetwork, type NetworkRecorder } from '../support/extension-network.ts';
import { fixtureHtml, serveFixtures, type FixtureServer } from '../support/fixture-server.ts';
import { readReminder, reminderPresent, waitForPrompt, waitForReminder } from '../support/reminder.ts';

interface Case {
  platform: string;
  url: string;
  /** Where the app navigates when the call ends, if it changes the URL. */
  leaveUrl?: string;
}

const CASES: Case[] = [
  { platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij' },
  { platform: 'teams', url: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_YWJj%40thread.v2/0' },
  { platform: 'zoom', url: 'https://us05web.zoom.us/wc/81234567890/join', leaveUrl: '/wc/leave' },
  { platform: 'whereby', url: 'https://whereby.com/opnamepact-demo' },
  { platform: 'jitsi', url: 'https://meet.jit.si/OpnamepactDemo' },
  { platform: 'webex', url: 'https://acme.webex.com/meet/j.jansen' },
];

/** Further hosts of the same platforms: the in-call page alone must raise the reminder. */
const MORE_HOSTS: Case[] = [
  { platform: 'teams', url: 'https://teams.live.com/v2/' },
  { platform: 'teams', url: 'https://teams.cloud.microsoft/v2/' },
  { platform: 'jitsi', url: 'https://8x8.vc/vpaas-magic-cookie-abc/OpnamepactDemo' },
  { platform: 'zoom', url: 'https://app.zoom.us/wc/81234567890/start' },
];

let run: ExtensionBrowser;
let network: NetworkRecorder;
const servers: FixtureServer[] = [];

async function openFixture(url: string, platform: string, state: string): Promise<Page> {
  const page = await run.browser.newPage();
  const server = await serveFixtures(page);
  servers.push(server);
  server.serve(url, fixtureHtml(platform, state));
  await page.goto(url, { waitUntil: 'load' });
  await attachCamera(page);
  return page;
}

beforeAll(async () => {
  run = await launchChromiumWithExtension();
  network = await recordExtensionNetwork(run.browser, run.extensionOrigin);
});

afterAll(async () => {
  await network?.stop();
  await run?.browser.close();
});

describe.each(CASES)('$platform at its real URL', ({ platform, url, leaveUrl }) => {
  test('lobby: no reminder; in call: reminder within 1 s; recording: prompt; leaving: end-of-call prompt', async () => {
    const page = await openFixture(url, platform, 'lobby');
    // The lobby has a live camera preview, yet it is not a call.
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await reminderPresent(page)).toBe(false);

    await startReminderClock(page);
    await showState(page, platform, 'in-call');
    const reminder = await waitForReminder(page, 'en', 10_000);
    expect(await reminderLatency(page)).toBeLessThan(1000);
    const atStart = await readReminder(reminder);
    expect(atStart.prompt).toContain('The call has started');
    expect(atStart.rules).toEqual(['audio.client-may-record', 'audio.staff-asks-consent']);

    await showState(page, platform, 'recording-en');
    const recording = await waitForPrompt(page, 'The platform is recording this call');
    expect(recording.rules).toContain('copies.both-ways');

    await showState(page, platform, 'in-call');
    await new Promise((resolve) => setTimeout(resolve, 400));
    await showState(page, platform, 'recording-nl');
    await waitForPrompt(page, 'The platform is recording this call');

    await stopCamera(page);
    await showState(page, platform, 'ended', leaveUrl);
    const ended = await waitForPrompt(page, 'Call ended');
    expect(ended.rules).toEqual(expect.arrayContaining(['copies.both-ways', 'copies.no-editing']));
    await page.close();
  });
});

describe('single-page navigation', () => {
  test('Meet: moving from one meeting to another in the same page starts a new reminder', async () => {
    const page = await openFixture('https://meet.google.com/abc-defg-hij', 'google-meet', 'in-call');
    const first = await waitForReminder(page);
    await first.evaluate((region) => (region.querySelector('[data-dismiss]') as HTMLElement).click());
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await reminderPresent(page)).toBe(false);

    // Leaving to the landing page (the end-of-call prompt), then into another meeting, without a
    // page load.
    await showState(page, 'google-meet', 'lobby', '/landing');
    await waitForPrompt(page, 'Call ended');
    await showState(page, 'google-meet', 'in-call', '/xyz-abcd-efg');
    await waitForPrompt(page, 'The call has started');
    await page.close();
  });

  test('Meet: a dismissed reminder stays dismissed for that call after a reload', async () => {
    const url = 'https://meet.google.com/dis-miss-edd';
    const page = await openFixture(url, 'google-meet', 'in-call');
    const reminder = await waitForReminder(page);
    await reminder.evaluate((region) => (region.querySelector('[data-dismiss]') as HTMLElement).click());
    await page.reload({ waitUntil: 'load' });
    await attachCamera(page);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await reminderPresent(page)).toBe(false);
    // The recording prompt still comes: dismissal only covers the call-start reminder.
    await showState(page, 'google-meet', 'recording-en');
    await waitForPrompt(page, 'The platform is recording this call');
    await page.close();
  });
});

describe.each(MORE_HOSTS)('$url', ({ platform, url }) => {
  test('in-call page raises the reminder', async () => {
    const page = await openFixture(url, platform, 'in-call');
    await waitForReminder(page, 'en', 1500);
    await page.close();
  });
});

test('no page requested anything beyond its fixture, and the extension made no network request', async () => {
  expect(servers.flatMap((server) => server.unexpected)).toEqual([]);
  expect(network.requests).toEqual([]);
  // The recorder itself works: a request forced from the service worker is seen.
  const worker = await extensionWorker(run.browser, run.extensionId);
  await worker.evaluate(() => fetch('https://recorder-check.invalid/').catch(() => undefined));
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(network.requests).toEqual(['service_worker https://recorder-check.invalid/']);
});

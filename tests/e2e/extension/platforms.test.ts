// Each platform in real Chromium with the built extension, on the fixture pages rebuilt from the
// platforms' real markup (tests/fixtures/platforms/*), served at the platform's real URL with a
// fake camera; Zoom's PWA and Webex with the meeting inside a same-origin iframe. The call goes
// lobby → waiting room → in call → recording (a cue that goes away again) → recording stopped →
// ended as the platform's single-page app would; every other fixture state gets a page of its
// own. The panel never covers the platform's recording cue, and the extension's own targets make
// no network request at all.
import { readdirSync } from 'node:fs';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PILL_WIDTH } from '../../../extension/ui/reminder/use-placement.ts';
import { extensionWorker, launchChromiumWithExtension, type ExtensionBrowser } from '../support/browsers.ts';
import { attachCamera, reminderLatency, showState, startReminderClock, stopCamera, type CallTarget } from '../support/call-page.ts';
import { recordExtensionNetwork, type NetworkRecorder } from '../support/extension-network.ts';
import { popupReport } from '../support/extension-popup.ts';
import { fixtureHtml, serveFixtures, type FixtureServer } from '../support/fixture-server.ts';
import { PLATFORM_FIXTURES_DIR } from '../support/paths.ts';
import { inReminder, readReminder, reminderPresent, waitForPrompt, waitForReminder, waitForSettled } from '../support/reminder.ts';

interface Case {
  name: string;
  platform: string;
  /** The page staff open. */
  url: string;
  /** The meeting runs in a same-origin iframe of `url`: the outer page's fixture and the iframe's URL. */
  frame?: { outer: string; src: string };
  /** Where the app navigates when the call ends, if it changes the URL. */
  leaveUrl?: string;
  /** How long the platform shows its recording cue before it goes (Jitsi's notification: 2.5 s). */
  cueMs: number;
}

const CASES: Case[] = [
  { name: 'Google Meet', platform: 'google-meet', url: 'https://meet.google.com/abc-defg-hij', cueMs: 0 },
  { name: 'Teams', platform: 'teams', url: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_YWJj%40thread.v2/0', cueMs: 0 },
  { name: 'Zoom web client', platform: 'zoom', url: 'https://us05web.zoom.us/wc/81234567890/join', leaveUrl: '/wc/leave', cueMs: 0 },
  {
    name: 'Zoom PWA (iframe#webclient)',
    platform: 'zoom',
    url: 'https://app.zoom.us/wc/81234567891/join?fromPWA=1',
    frame: { outer: 'pwa-outer', src: 'https://app.zoom.us/wc/81234567890/join?from=pwa' },
    cueMs: 0,
  },
  { name: 'Whereby', platform: 'whereby', url: 'https://whereby.com/opnamepact-demo', cueMs: 0 },
  // recording/actions.any.ts: the "recording started" notification lasts NOTIFICATION_TIMEOUT.SHORT.
  { name: 'Jitsi Meet', platform: 'jitsi', url: 'https://meet.jit.si/OpnamepactDemo', cueMs: 2500 },
  {
    name: 'Webex (#unified-webclient-iframe)',
    platform: 'webex',
    url: 'https://acme.webex.com/meet/j.jansen',
    frame: { outer: 'outer', src: 'https://acme.webex.com/webappng/sites/acme/meeting/webclient' },
    cueMs: 0,
  },
];

/** The states the call sequence walks through; every other fixture gets a page of its own. */
const SEQUENCE = new Set(['lobby', 'waiting', 'in-call', 'recording-en', 'recording-stopped', 'ended']);
const NOT_STATES = /^(outer|pwa-outer|embed-.*)$/;

function otherStates(platform: string): string[] {
  return readdirSync(`${PLATFORM_FIXTURES_DIR}/${platform}`)
    .map((file) => file.replace(/\.html$/, ''))
    .filter((state) => !NOT_STATES.test(state) && !SEQUENCE.has(state));
}

const hasState = (platform: string, state: string): boolean => readdirSync(`${PLATFORM_FIXTURES_DIR}/${platform}`).includes(`${state}.html`);

/** Long enough for the extension to have reacted (it checks at most every 250 ms) when nothing should happen. */
const QUIET_MS = 800;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let run: ExtensionBrowser;
let network: NetworkRecorder;
const servers: FixtureServer[] = [];

interface CallPage {
  page: Page;
  /** Where the meeting's document is: the page, or the iframe inside it. */
  call: CallTarget;
}

/** Opens `call` at `state`; with a different `url` (another meeting at the same platform) where given. */
async function openCall(call: Case, state: string, url = call.url): Promise<CallPage> {
  const page = await run.browser.newPage();
  const server = await serveFixtures(page);
  servers.push(server);
  if (call.frame === undefined) {
    server.serve(url, fixtureHtml(call.platform, state));
  } else {
    server.serve(url, fixtureHtml(call.platform, call.frame.outer));
    server.serve(call.frame.src, fixtureHtml(call.platform, state));
  }
  await page.goto(url, { waitUntil: 'load' });
  const { frame } = call;
  const target = frame === undefined ? page : page.frames().find((candidate: Frame) => candidate.url() === frame.src);
  if (target === undefined) throw new Error(`${call.name}: no iframe at ${call.frame?.src}`);
  await attachCamera(target);
  return { page, call: target };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The boxes of what the platform shows about its recording, found by their words, not by the
 * extension's cues: the element around each text that speaks of recording (its dialog, status or
 * live region if it has one), in the top page's coordinates.
 */
async function recordingCueBoxes(page: Page): Promise<Box[]> {
  const boxes: Box[] = [];
  for (const frame of page.frames()) {
    const element = await frame.frameElement();
    const offset = element === null ? { x: 0, y: 0 } : await element.evaluate((iframe) => ({ x: iframe.getBoundingClientRect().x + iframe.clientLeft, y: iframe.getBoundingClientRect().y + iframe.clientTop }));
    const found = await frame.evaluate(() => {
      const words = /(recorded|recording|opgenomen|opname|opnemen|transcri|taking notes|^\s*REC\s*$)/i;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const result: { x: number; y: number; width: number; height: number }[] = [];
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (parent === null || !words.test(node.textContent ?? '')) continue;
        const region = parent.closest('[role="dialog"], [role="alertdialog"], [role="status"], [role="alert"], [aria-live]') ?? parent;
        const { x, y, width, height } = region.getBoundingClientRect();
        if (width > 0 && height > 0) result.push({ x, y, width, height });
      }
      return result;
    });
    boxes.push(...found.map((box) => ({ ...box, x: box.x + offset.x, y: box.y + offset.y })));
  }
  return boxes;
}

const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function expectPanelClear(page: Page, region: ElementHandle<Element>): Promise<void> {
  const panel = await region.boundingBox();
  const cues = await recordingCueBoxes(page);
  expect(cues.length).toBeGreaterThan(0);
  for (const cue of cues) expect(overlaps(panel ?? { x: 0, y: 0, width: 0, height: 0 }, cue), `panel ${JSON.stringify(panel)} over ${JSON.stringify(cue)}`).toBe(false);
}

/** Closes the reminder with a real click, once clicks on it count. */
async function dismiss(page: Page, region: ElementHandle<Element>): Promise<void> {
  await waitForSettled(region);
  await (await inReminder(region, '[data-dismiss]')).click();
  await page.waitForFunction(() => document.querySelector('opnamepact-reminder') === null, { timeout: 2000 });
}

beforeAll(async () => {
  run = await launchChromiumWithExtension();
  network = await recordExtensionNetwork(run.browser, run.extensionOrigin);
});

afterAll(async () => {
  await network?.stop();
  await run?.browser.close();
});

describe.each(CASES)('$name', (call) => {
  // Before the sequence below, which closes the reminder for this meeting.
  test.each(otherStates(call.platform))('%s', async (state) => {
    if (/^(lobby|waiting)/.test(state)) {
      const { page } = await openCall(call, state);
      await sleep(QUIET_MS);
      expect(await reminderPresent(page)).toBe(false);
      await page.close();
      return;
    }
    if (state.startsWith('in-call')) {
      const { page } = await openCall(call, state);
      expect((await readReminder(await waitForReminder(page, 'en', 5000))).prompt).toContain('The call has started');
      await page.close();
      return;
    }
    const { page, call: meeting } = await openCall(call, 'in-call');
    const reminder = await waitForReminder(page, 'en', 5000);
    await showState(meeting, call.platform, state);
    if (state.startsWith('recording')) {
      await waitForPrompt(page, 'The platform is recording this call');
      await expectPanelClear(page, reminder);
    } else if (state.startsWith('ended')) {
      await waitForPrompt(page, 'Call ended');
    } else {
      throw new Error(`${call.platform}/${state}.html: no expectation for this state`);
    }
    await page.close();
  });

  test('lobby and waiting room: no reminder; in call: within 1 s; recording: prompt that outlasts the cue, panel clear of it; stop and restart; ended: prompt', async () => {
    const { page, call: meeting } = await openCall(call, 'lobby');
    // The lobby has a live camera preview, yet it is not a call; neither is the waiting room.
    await sleep(QUIET_MS);
    expect(await reminderPresent(page)).toBe(false);
    if (hasState(call.platform, 'waiting')) {
      await showState(meeting, call.platform, 'waiting');
      await sleep(QUIET_MS);
      expect(await reminderPresent(page)).toBe(false);
    }

    await startReminderClock(page);
    await showState(meeting, call.platform, 'in-call');
    const reminder = await waitForReminder(page, 'en', 10_000);
    expect(await reminderLatency(page)).toBeLessThan(1000);
    const atStart = await readReminder(reminder);
    expect(atStart.prompt).toContain('The call has started');
    expect(atStart.rules).toEqual(['audio.client-may-record', 'audio.staff-asks-consent']);

    // The platform's recording cue comes, the prompt comes while it is on screen, and the panel
    // keeps off it; then the cue goes (a toast times out, a dialog is confirmed).
    await showState(meeting, call.platform, 'recording-en');
    const recording = await waitForPrompt(page, 'The platform is recording this call', 'en', Math.max(call.cueMs, 2000));
    expect(recording.rules).toContain('copies.both-ways');
    await expectPanelClear(page, reminder);
    await sleep(call.cueMs);
    await showState(meeting, call.platform, 'in-call');
    await sleep(QUIET_MS);
    expect((await readReminder(reminder)).prompt).toContain('The platform is recording this call');
    expect((await popupReport(run, page)).state).toContain('In a call · The platform is recording');

    // Closed by staff; the platform says its recording stopped, then starts it again: a new prompt.
    await page.bringToFront();
    await dismiss(page, reminder);
    await showState(meeting, call.platform, 'recording-stopped');
    await sleep(QUIET_MS);
    expect(await reminderPresent(page)).toBe(false);
    await showState(meeting, call.platform, 'recording-en');
    await waitForPrompt(page, 'The platform is recording this call');

    await stopCamera(meeting);
    await showState(meeting, call.platform, 'ended', call.leaveUrl);
    const ended = await waitForPrompt(page, 'Call ended');
    expect(ended.rules).toEqual(expect.arrayContaining(['copies.both-ways', 'copies.no-editing']));
    await page.close();
  });
});

describe('Google Meet: the waiting room, the recording banner and the gaps in a call', () => {
  const meet = CASES[0] as Case;

  test('waiting room, with "Leave call" on screen and the own camera preview live: no reminder; the popup says why', async () => {
    const { page } = await openCall(meet, 'waiting', 'https://meet.google.com/wai-ting-roo');
    await sleep(QUIET_MS);
    expect(await reminderPresent(page)).toBe(false);
    const report = await popupReport(run, page);
    expect(report.state).toBe('Google Meet: Waiting to be let in');
    expect(report.health).toMatch(/^Detection: phase from: google-meet · waiting · .+ \(VERIFIED\)/);
    await page.close();
  });

  test('moved onto the recording banner at the top, the panel stops just below it', async () => {
    const { page, call: meeting } = await openCall(meet, 'in-call', 'https://meet.google.com/ban-nerm-ove');
    const reminder = await waitForReminder(page);
    await showState(meeting, 'google-meet', 'recording-banner');
    await waitForPrompt(page, 'The platform is recording this call');
    const [banner] = await recordingCueBoxes(page);
    const handle = await inReminder(reminder, '.handle');
    await handle.focus();
    const before = await reminder.boundingBox();
    for (let step = 0; step < 12; step++) await page.keyboard.press('ArrowUp');
    await page.keyboard.down('Shift');
    for (let step = 0; step < 12; step++) await page.keyboard.press('ArrowUp');
    await page.keyboard.up('Shift');
    await sleep(200);
    const after = await reminder.boundingBox();
    expect(after?.y).toBeLessThan(before?.y ?? 0);
    expect(after?.y).toBeGreaterThanOrEqual((banner?.y ?? Infinity) + (banner?.height ?? 0));
    await expectPanelClear(page, reminder);
    await page.close();
  });

  test('with recording notices above and below, too little room for the open panel: it shrinks to a pill between them', async () => {
    const { page } = await openCall(meet, 'in-call', 'https://meet.google.com/pil-lsha-pee');
    await page.setViewport({ width: 1000, height: 700 });
    const reminder = await waitForReminder(page);
    // Two recording notices leave a 70 px strip across the middle (Meet's banner cue: role=status text).
    await page.evaluate(() => {
      for (const style of ['top:0', 'bottom:0']) {
        document.body.insertAdjacentHTML('beforeend', `<div role="status" style="position:fixed;left:0;${style};width:100%;height:315px;background:#fde">This video call is being recorded</div>`);
      }
    });
    await waitForPrompt(page, 'The platform is recording this call');
    await page.waitForFunction((region, width) => (region as HTMLElement).offsetWidth === width, { timeout: 3000 }, reminder, PILL_WIDTH);
    expect((await readReminder(reminder)).collapsed).toBe(true);
    expect(await (await inReminder(reminder, '[data-toggle]')).evaluate((toggle) => toggle.getAttribute('aria-label'))).toBe('Made small so that the platform’s recording notice stays visible');
    await expectPanelClear(page, reminder);
    await page.close();
  });

  test('a 3 s reconnect blip gives no call-end prompt; controls gone for longer than the grace period do', async () => {
    const { page, call: meeting } = await openCall(meet, 'in-call', 'https://meet.google.com/bli-pgra-cee');
    await waitForReminder(page);
    const blip = '<main><p>Reconnecting…</p></main>';
    await meeting.evaluate((html) => {
      document.body.innerHTML = html;
    }, blip);
    await sleep(3000);
    await showState(meeting, 'google-meet', 'in-call');
    await sleep(QUIET_MS);
    expect((await readReminder(await waitForReminder(page))).prompt).toContain('The call has started');

    await stopCamera(meeting);
    const gone = Date.now();
    await meeting.evaluate((html) => {
      document.body.innerHTML = html;
    }, blip);
    await waitForPrompt(page, 'Call ended', 'en', 15_000);
    // END_GRACE_MS in extension/detect/phase-machine.ts: 8 s from the first check without controls.
    expect(Date.now() - gone).toBeGreaterThanOrEqual(7900);
    await page.close();
  });
});

/** Further hosts of the same platforms: the in-call page alone must raise the reminder. */
const MORE_HOSTS: { platform: string; url: string }[] = [
  { platform: 'teams', url: 'https://teams.live.com/v2/' },
  { platform: 'teams', url: 'https://teams.cloud.microsoft/v2/' },
  { platform: 'jitsi', url: 'https://8x8.vc/vpaas-magic-cookie-abc/OpnamepactDemo' },
  { platform: 'zoom', url: 'https://app.zoom.us/wc/81234567892/start' },
];

describe.each(MORE_HOSTS)('$url', ({ platform, url }) => {
  test('in-call page raises the reminder', async () => {
    const { page } = await openCall({ name: url, platform, url, cueMs: 0 }, 'in-call');
    await waitForReminder(page, 'en', 1500);
    await page.close();
  });
});

describe('single-page navigation', () => {
  const meet = CASES[0] as Case;

  test('Meet: moving from one meeting to another in the same page starts a new reminder', async () => {
    const { page, call: meeting } = await openCall(meet, 'in-call', 'https://meet.google.com/spa-navi-gat');
    await dismiss(page, await waitForReminder(page));

    // Leaving to the landing page (the end-of-call prompt), then into another meeting, without a
    // page load.
    await showState(meeting, 'google-meet', 'lobby', '/landing');
    await waitForPrompt(page, 'Call ended');
    await showState(meeting, 'google-meet', 'in-call', '/xyz-abcd-efg');
    await waitForPrompt(page, 'The call has started');
    await page.close();
  });

  test('Meet: a dismissed reminder stays dismissed for that call after a reload', async () => {
    const { page, call: meeting } = await openCall(meet, 'in-call', 'https://meet.google.com/dis-miss-edd');
    await dismiss(page, await waitForReminder(page));
    await page.reload({ waitUntil: 'load' });
    await attachCamera(page);
    await sleep(QUIET_MS);
    expect(await reminderPresent(page)).toBe(false);
    // The recording prompt still comes: dismissal only covers the call-start reminder.
    await showState(meeting, 'google-meet', 'recording-en');
    await waitForPrompt(page, 'The platform is recording this call');
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

// The timed scenarios in real Chromium, with the page's own clock: a 2.5 s recording toast that goes
// away, a reconnect blip that hides the call controls, controls gone for longer than the grace period,
// and Meet's waiting room with "Leave call" and a live camera preview.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { END_GRACE_MS } from '../../../extension/detect/phase-machine.ts';
import { fixtureBody, fixtureHtml } from '../../e2e/support/fixture-server.ts';
import { openDetectionPage, type DetectionPage } from './detection-page.ts';

const JITSI = 'https://meet.jit.si/OpnamepactDemo';
const MEET = 'https://meet.google.com/abc-defg-hij';

let run: DetectionPage;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function start(url: string, platform: string, state: string): Promise<void> {
  run.serve(url, fixtureHtml(platform, state));
  await run.open(url);
  await run.call('reset');
}

/** The body of a Jitsi fixture's notification, to show it in a running call as Jitsi does. */
function jitsiToast(state: string): string {
  const match = /<div class="notifications-container">[\s\S]*?\n {2}<\/div>\n/.exec(fixtureHtml('jitsi', state));
  if (match === null) throw new Error(`jitsi/${state}.html: no notifications-container`);
  return match[0];
}

beforeAll(async () => {
  run = await openDetectionPage();
});

afterAll(async () => {
  await run?.browser.close();
});

describe('recording latch', () => {
  test('Jitsi: the 2.5 s "started the recording" toast goes, recording stays; the stop toast ends it', async () => {
    await start(JITSI, 'jitsi', 'in-call');
    expect(await run.call('observe', JITSI)).toMatchObject({ phase: 'in-call', recording: false });
    // Shown for NOTIFICATION_TIMEOUT.SHORT, then removed by Jitsi.
    await run.page.evaluate((html) => {
      const page = document.querySelector('#videoconference_page');
      page?.insertAdjacentHTML('beforeend', html);
      setTimeout(() => page?.querySelector('.notifications-container')?.remove(), 2500);
    }, jitsiToast('recording-en'));
    expect(await run.call('observe', JITSI)).toMatchObject({ recording: true, cues: { recording: 'jitsi · recording · [data-testid="recording.on"], [data-testid="recording.onBy"] (VERIFIED)' } });
    await sleep(2700);
    expect(await run.page.evaluate(() => document.querySelector('[data-testid="recording.onBy"]'))).toBeNull();
    expect(await run.call('observe', JITSI)).toMatchObject({ phase: 'in-call', recording: true });
    await run.page.evaluate((html) => document.querySelector('#videoconference_page')?.insertAdjacentHTML('beforeend', html), jitsiToast('recording-stopped'));
    expect(await run.call('observe', JITSI)).toMatchObject({ phase: 'in-call', recording: false, cues: { recording: null } });
  });
});

describe('ending with grace', () => {
  async function hideCall(): Promise<void> {
    await run.page.evaluate(() => {
      const call = document.querySelector<HTMLElement>('#videoconference_page');
      call?.remove();
      (window as unknown as { hidden: HTMLElement | undefined }).hidden = call ?? undefined;
    });
  }

  async function restoreCall(): Promise<void> {
    await run.page.evaluate(() => {
      const call = (window as unknown as { hidden: HTMLElement | undefined }).hidden;
      if (call !== undefined) document.body.append(call);
    });
  }

  test('a 3 s reconnect blip that removes the call controls changes nothing', async () => {
    await start(JITSI, 'jitsi', 'in-call');
    expect(await run.call('observe', JITSI)).toMatchObject({ phase: 'in-call' });
    await hideCall();
    expect(await run.call('observe', JITSI)).toMatchObject({ phase: 'in-call', cues: { phase: expect.stringContaining('held (8 s grace)') } });
    await sleep(3000);
    expect(await run.call('observe', JITSI)).toMatchObject({ phase: 'in-call' });
    await restoreCall();
    const back = await run.call('observe', JITSI);
    expect(back.phase).toBe('in-call');
    expect(back.cues.phase).not.toContain('held');
  });

  test(`controls gone for longer than the grace period (${END_GRACE_MS} ms): the call is over`, async () => {
    await start(JITSI, 'jitsi', 'in-call');
    await run.call('observe', JITSI);
    await hideCall();
    // The grace period runs from the first check that finds the controls gone.
    expect(await run.call('observe', JITSI)).toMatchObject({ phase: 'in-call' });
    await sleep(END_GRACE_MS - 1500);
    expect(await run.call('observe', JITSI)).toMatchObject({ phase: 'in-call' });
    await sleep(1800);
    expect(await run.call('observe', JITSI)).toMatchObject({ phase: 'pending', recording: false });
  }, 20_000);

  test('an end screen ends at once', async () => {
    await start(JITSI, 'jitsi', 'in-call');
    await run.call('observe', JITSI);
    await run.page.evaluate((html) => {
      document.body.innerHTML = html;
    }, fixtureBody('jitsi', 'ended'));
    expect(await run.call('observe', JITSI)).toMatchObject({ phase: 'ended' });
  });
});

describe('waiting room', () => {
  test('Meet: "Leave call" and a live camera preview while waiting to be let in are not the call', async () => {
    await start(MEET, 'google-meet', 'waiting');
    expect(await run.page.evaluate(() => document.querySelector('button[aria-label="Leave call"]') !== null)).toBe(true);
    expect(await run.page.evaluate(() => (document.querySelector('video')?.srcObject as MediaStream | null)?.active)).toBe(true);
    expect(await run.call('observe', MEET)).toMatchObject({ phase: 'waiting', recording: false });
    // Let in: the admitted call replaces the waiting screen.
    await run.page.evaluate((html) => {
      document.body.innerHTML = html;
    }, fixtureBody('google-meet', 'in-call'));
    expect(await run.call('observe', MEET)).toMatchObject({ phase: 'in-call' });
  });
});

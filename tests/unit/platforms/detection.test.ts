// Each adapter's detection on its fixture pages, run in real Chromium (no jsdom here): the
// extension's detection code is bundled and evaluated against every fixture state of every
// platform, at the platform's real URL, with a live fake camera stream in the call's documents;
// Zoom's PWA and Webex with the meeting inside a same-origin iframe; a self-hosted Jitsi on a
// custom domain.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PLATFORM_FIXTURES_DIR } from '../../e2e/support/paths.ts';
import { fixtureHtml } from '../../e2e/support/fixture-server.ts';
import { openDetectionPage, type DetectionPage } from './detection-page.ts';

const URLS: Readonly<Record<string, string>> = {
  'google-meet': 'https://meet.google.com/abc-defg-hij',
  teams: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_YWJj%40thread.v2/0',
  zoom: 'https://us05web.zoom.us/wc/81234567890/join',
  whereby: 'https://whereby.com/opnamepact-demo',
  jitsi: 'https://meet.jit.si/OpnamepactDemo',
  webex: 'https://acme.webex.com/webappng/sites/acme/meeting/webclient',
  custom: 'https://consult.zorg.example/overleg',
};

/** Pages that are not a call state of their own: outer pages of iframe clients, embeds. */
const NOT_STATES = /^(outer|pwa-outer|embed-.*)$/;

/** What a state's name promises, e.g. "recording-nl" → in a call, recording. */
function expected(state: string): { phase: string; recording: boolean } {
  if (state.startsWith('waiting')) return { phase: 'waiting', recording: false };
  if (state.startsWith('lobby')) return { phase: 'lobby', recording: false };
  if (state.startsWith('ended')) return { phase: 'ended', recording: false };
  if (state === 'recording-stopped') return { phase: 'in-call', recording: false };
  return { phase: 'in-call', recording: state.startsWith('recording') };
}

function states(platform: string): string[] {
  return readdirSync(`${PLATFORM_FIXTURES_DIR}/${platform}`)
    .map((file) => file.replace(/\.html$/, ''))
    .filter((state) => !NOT_STATES.test(state));
}

let run: DetectionPage;

async function detectAt(url: string, html: string) {
  run.serve(url, html);
  await run.open(url);
  return run.call('detectCall', url);
}

beforeAll(async () => {
  run = await openDetectionPage();
});

afterAll(async () => {
  await run?.browser.close();
});

describe.each(Object.keys(URLS))('%s', (platform) => {
  test.each(states(platform))('%s', async (state) => {
    const url = URLS[platform] ?? '';
    const detected = await detectAt(url, fixtureHtml(platform, state));
    expect({ platform: detected.platform, phase: detected.phase, recording: detected.recording }).toEqual({ platform, ...expected(state) });
    // Known platforms decide by their own cues; a page that looks like no platform only by the fallback.
    const own = platform !== 'custom';
    if (detected.cues.phase !== null) expect(detected.cues.phase.startsWith(own ? `${platform} · ` : 'generic · ')).toBe(true);
    expect(detected.cues.fallbackOnly).toBe(!own && detected.cues.phase !== null);
    expect(detected.cues.override).toBe(false);
  });
});

describe('meetings inside a same-origin iframe', () => {
  const PWA = 'https://app.zoom.us/wc/81234567890/join?fromPWA=1';
  const PWA_INNER = 'https://app.zoom.us/wc/81234567890/join?from=pwa';
  const WEBEX = 'https://acme.webex.com/meet/j.jansen';

  test.each(states('zoom'))('Zoom PWA: %s inside iframe#webclient', async (state) => {
    run.serve(PWA_INNER, fixtureHtml('zoom', state));
    const detected = await detectAt(PWA, fixtureHtml('zoom', 'pwa-outer'));
    expect({ phase: detected.phase, recording: detected.recording }).toEqual(expected(state));
  });

  test.each(states('webex'))('Webex: %s inside #unified-webclient-iframe', async (state) => {
    run.serve(URLS.webex ?? '', fixtureHtml('webex', state));
    const detected = await detectAt(WEBEX, fixtureHtml('webex', 'outer'));
    expect({ phase: detected.phase, recording: detected.recording }).toEqual(expected(state));
  });

  test('Webex guests: the client in iframe[name=thinIframe]', async () => {
    run.serve(URLS.webex ?? '', fixtureHtml('webex', 'recording-en'));
    const outer = fixtureHtml('webex', 'outer').replace('id="unified-webclient-iframe"', 'name="thinIframe"');
    expect(await detectAt(WEBEX, outer)).toMatchObject({ phase: 'in-call', recording: true });
  });

  test('a meeting two iframes deep is read; four deep is beyond the bound', async () => {
    const nest = (levels: number, inner: string): string =>
      levels === 0 ? inner : `<iframe srcdoc="${nest(levels - 1, inner).replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"></iframe>`;
    const call = '<button aria-label="Hang up">x</button>';
    expect(await detectAt(URLS.custom ?? '', `<main>${nest(2, call)}</main>`)).toMatchObject({ phase: 'in-call' });
    expect(await detectAt(URLS.custom ?? '', `<main>${nest(4, call)}</main>`)).toMatchObject({ phase: 'pending' });
  });

  test('the outer pages alone show no call', async () => {
    run.serve(PWA_INNER, '<!doctype html><title>loading</title>');
    expect((await detectAt(PWA, fixtureHtml('zoom', 'pwa-outer'))).phase).toBe('pending');
  });

  test('indicator boxes are in the top page\'s coordinates, the iframe\'s offset added', async () => {
    run.serve(PWA_INNER, fixtureHtml('zoom', 'recording-en'));
    await detectAt(PWA, fixtureHtml('zoom', 'pwa-outer'));
    const inside = await run.page.frames()[1]?.evaluate(() => document.querySelector('.recording-indication')?.getBoundingClientRect().toJSON() as { x: number; y: number });
    const boxes = await run.call('indicatorBoxes', PWA);
    // pwa-outer.html puts the iframe 64 px from the left.
    expect(boxes).toContainEqual(expect.objectContaining({ x: (inside?.x ?? NaN) + 64, y: inside?.y }));
  });
});

describe('custom domains', () => {
  test.each(states('jitsi'))('a self-hosted Jitsi is recognised by its markup and gets the Jitsi cues: %s', async (state) => {
    const detected = await detectAt('https://jitsi.zorg.example/overleg', fixtureHtml('jitsi', state));
    expect({ platform: detected.platform, phase: detected.phase, recording: detected.recording }).toEqual({ platform: 'custom', ...expected(state) });
    if (detected.cues.phase !== null) expect(detected.cues.phase).toMatch(/^jitsi \(custom domain\) · /);
  });
});

describe('layering and fail-safety', () => {
  const MEET = URLS['google-meet'] ?? '';

  test('no platform cue but two live media elements: in a call (when unsure, remind), marked fallback only', async () => {
    const html = '<main><video data-fixture-camera autoplay muted></video><video data-fixture-camera autoplay muted></video></main>';
    expect(await detectAt(MEET, html)).toMatchObject({ phase: 'in-call', cues: { phase: 'live media · 2 live media elements', fallbackOnly: true } });
  });

  test('the own camera preview alone is no call', async () => {
    expect(await detectAt(MEET, '<main><video data-fixture-camera autoplay muted></video></main>')).toMatchObject({ phase: 'pending' });
  });

  test('no cue and no live media: pending, no reminder yet', async () => {
    expect(await detectAt(URLS.teams ?? '', '<main><p>Loading…</p></main>')).toMatchObject({ phase: 'pending', recording: false });
  });

  test('a page that cannot hold a call is never a call, whatever it shows', async () => {
    const html = fixtureHtml('google-meet', 'recording-en');
    expect(await detectAt('https://meet.google.com/landing', html)).toMatchObject({ phase: 'none', recording: false });
    expect(await detectAt('https://us05web.zoom.us/wc/leave', fixtureHtml('zoom', 'recording-en'))).toMatchObject({ phase: 'none', recording: false });
  });

  test('Meet opened from Gmail or Calendar (/_meet/<code>) is a call page', async () => {
    expect(await detectAt('https://meet.google.com/_meet/abc-defg-hij', fixtureHtml('google-meet', 'in-call'))).toMatchObject({ phase: 'in-call' });
  });

  test('a "Start recording" button is not a recording announcement', async () => {
    const html = `${fixtureHtml('google-meet', 'in-call')}<button aria-label="Start recording">rec</button><button>Opname starten</button>`;
    expect(await detectAt(MEET, html)).toMatchObject({ phase: 'in-call', recording: false });
  });

  test('aria-label and visible text are both tested', async () => {
    const html = '<main><div role="dialog" aria-label="Call notice"><p>Dit gesprek wordt opgenomen</p></div><button aria-label="Ophangen">⏻</button></main>';
    expect(await detectAt(URLS.custom ?? '', html)).toMatchObject({ phase: 'in-call', recording: true });
    const labelled = '<main><div role="status" aria-label="This call is being recorded"><span>●</span></div><button title="Hang up">⏻</button></main>';
    expect(await detectAt(URLS.custom ?? '', labelled)).toMatchObject({ recording: true });
  });

  test('hundreds of other buttons before the call controls do not hide them', async () => {
    const chat = Array.from({ length: 400 }, (_, i) => `<button aria-label="Chat ${i}">${i}</button>`).join('');
    expect(await detectAt(URLS.custom ?? '', `<nav>${chat}</nav><main><button aria-label="Hang up">x</button></main>`)).toMatchObject({ phase: 'in-call' });
  });

  test('the guards\' words inside a chat message neither hold nor end the call', async () => {
    const chat = '<div class="chat" aria-live="polite"><span>I was asking to be let in for ages</span><span>meeting ended early yesterday, someone will let you in soon</span></div>';
    expect(await detectAt(MEET, fixtureHtml('google-meet', 'in-call').replace('</body>', `${chat}</body>`))).toMatchObject({ phase: 'in-call' });
    expect(await detectAt(URLS.teams ?? '', fixtureHtml('teams', 'in-call').replace('</body>', `${chat}</body>`))).toMatchObject({ phase: 'in-call' });
    expect(await detectAt(URLS.webex ?? '', fixtureHtml('webex', 'in-call').replace('</body>', `${chat}</body>`))).toMatchObject({ phase: 'in-call' });
  });

  test('Teams: a join button of another meeting in the app around the call does not make it a lobby', async () => {
    const card = '<div class="chat-card"><button type="button">Join now</button></div>';
    expect(await detectAt(URLS.teams ?? '', fixtureHtml('teams', 'in-call').replace('</body>', `${card}</body>`))).toMatchObject({ phase: 'in-call' });
  });

  test('web components count as controls', async () => {
    expect(await detectAt(URLS.custom ?? '', '<main><mdc-button aria-label="Leave meeting"></mdc-button></main>')).toMatchObject({ phase: 'in-call' });
  });

  test('organisation overrides follow a platform that changed its page, and say so', async () => {
    const changed = '<main><div data-new-toolbar><span class="x-hangup" role="button">⏻</span></div><p class="x-rec">Live-opname</p></main>';
    expect(await detectAt(MEET, changed)).toMatchObject({ phase: 'pending', recording: false });
    const extra = { inCall: [{ selector: '.x-hangup' }], recording: [{ selector: '.x-rec', text: 'opname' }] };
    expect(await run.call('detectCall', MEET, extra)).toMatchObject({
      phase: 'in-call',
      recording: true,
      cues: { phase: 'google-meet · inCall · .x-hangup (OVERRIDE)', recording: 'google-meet · recording · .x-rec ~ /opname/ (OVERRIDE)', fallbackOnly: false, override: true },
    });
  });

  test('an invalid override selector is skipped, not fatal', async () => {
    await detectAt(MEET, fixtureHtml('google-meet', 'in-call'));
    expect(await run.call('detectCall', MEET, { inCall: [{ selector: 'button[' }] })).toMatchObject({ phase: 'in-call' });
  });

  test('a recorded video file is not live media', async () => {
    expect(await detectAt(URLS.whereby ?? '', '<main><video src="data:video/mp4;base64,AAAA" autoplay muted></video><video src="data:video/mp4;base64,AAAA" autoplay muted></video></main>')).toMatchObject({ phase: 'pending' });
  });

  test('the recording banner is an indicator box', async () => {
    await detectAt(MEET, fixtureHtml('google-meet', 'recording-banner'));
    const banner = await run.page.evaluate(() => document.querySelector('.recording-banner')?.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number });
    expect(await run.call('indicatorBoxes', MEET)).toContainEqual({ x: banner.x, y: banner.y, width: banner.width, height: banner.height });
    // A banner that is not shown is no box to keep clear of.
    await run.page.evaluate(() => document.querySelector<HTMLElement>('.recording-banner')?.style.setProperty('visibility', 'hidden'));
    expect(await run.call('indicatorBoxes', MEET)).toEqual([]);
  });
});

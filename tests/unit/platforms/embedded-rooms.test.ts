// A care platform on its own domain embeds a Jitsi or Whereby room in a cross-origin iframe: the
// room's DOM is out of reach, its IFrame API events are not. Real Chromium, real cross-origin
// frames, real postMessage; the events count only when they come from one of the page's iframes.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureHtml } from '../../e2e/support/fixture-server.ts';
import { openDetectionPage, type DetectionPage } from './detection-page.ts';

const PAGE = 'https://consult.zorg.example/overleg';

let run: DetectionPage;

/** Jitsi's envelope: a postis JSON string around a transport event. */
function jitsi(data: Record<string, unknown>): string {
  return JSON.stringify({ postis: true, scope: 'jitsi_meet_external_api_0', method: 'message', params: { type: 'event', data } });
}

async function fromRoom(origin: string, message: string | Record<string, unknown>): Promise<void> {
  const frame = run.page.frames().find((candidate) => candidate.url().startsWith(origin));
  if (frame === undefined) throw new Error(`no frame from ${origin}`);
  await frame.evaluate((data) => parent.postMessage(data, '*'), message);
  // postMessage is asynchronous; one round trip through the page lets it arrive.
  await run.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
}

async function openEmbed(fixture: string): Promise<void> {
  run.serve(PAGE, fixtureHtml('custom', fixture));
  await run.open(PAGE);
}

beforeAll(async () => {
  run = await openDetectionPage();
});

afterAll(async () => {
  await run?.browser.close();
});

describe('embedded Jitsi (IFrame API)', () => {
  test('joined, recording on and off, left', async () => {
    await openEmbed('embed-jitsi');
    expect(await run.call('detectCall', PAGE)).toMatchObject({ platform: 'custom', phase: 'pending' });
    await fromRoom('https://meet.jit.si', jitsi({ name: 'video-conference-joined', roomName: 'opnamepactoverleg' }));
    expect(await run.call('detectCall', PAGE)).toMatchObject({ phase: 'in-call', recording: false, cues: { phase: 'jitsi iframe api · joined', fallbackOnly: false } });
    await fromRoom('https://meet.jit.si', jitsi({ name: 'recording-status-changed', on: true, mode: 'file' }));
    expect(await run.call('detectCall', PAGE)).toMatchObject({ phase: 'in-call', recording: true, cues: { recording: 'jitsi iframe api · recording-status-changed on' } });
    await fromRoom('https://meet.jit.si', jitsi({ name: 'recording-status-changed', on: false, mode: 'file' }));
    expect(await run.call('detectCall', PAGE)).toMatchObject({ recording: false });
    await fromRoom('https://meet.jit.si', jitsi({ name: 'video-conference-left', roomName: 'opnamepactoverleg' }));
    expect(await run.call('detectCall', PAGE)).toMatchObject({ phase: 'ended' });
  });

  test('the page cannot speak for the room: its own messages are ignored', async () => {
    await openEmbed('embed-jitsi');
    await run.page.evaluate((data) => window.postMessage(data, '*'), jitsi({ name: 'video-conference-joined' }));
    await run.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(await run.call('embedEvents')).toEqual([]);
    expect(await run.call('detectCall', PAGE)).toMatchObject({ phase: 'pending' });
  });
});

describe('embedded Whereby (whereby-embed)', () => {
  test('join, then meeting_end', async () => {
    await openEmbed('embed-whereby');
    await fromRoom('https://zorg.whereby.com', { type: 'join', payload: {} });
    expect(await run.call('detectCall', PAGE)).toMatchObject({ phase: 'in-call', cues: { phase: 'whereby iframe api · joined' } });
    await fromRoom('https://zorg.whereby.com', { type: 'meeting_end', payload: {} });
    expect(await run.call('detectCall', PAGE)).toMatchObject({ phase: 'ended' });
  });
});

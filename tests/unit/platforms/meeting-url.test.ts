import { describe, expect, test } from 'vitest';
import { KNOWN_MATCHES, adapterFor } from '../../../extension/platforms/index.ts';

const cases: [string, string, boolean, string | null][] = [
  ['https://meet.google.com/abc-defg-hij', 'google-meet', true, 'abc-defg-hij'],
  ['https://meet.google.com/abc-defg-hij?authuser=1', 'google-meet', true, 'abc-defg-hij'],
  ['https://meet.google.com/', 'google-meet', false, null],
  ['https://meet.google.com/landing', 'google-meet', false, null],
  ['https://meet.google.com/_meet/abc-defg-hij?authuser=0', 'google-meet', true, 'abc-defg-hij'],
  ['https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0', 'teams', true, '19%3ameeting_x%40thread.v2'],
  ['https://teams.live.com/v2/', 'teams', true, null],
  ['https://teams.cloud.microsoft/v2/', 'teams', true, null],
  ['https://us05web.zoom.us/wc/81234567890/join', 'zoom', true, '81234567890'],
  ['https://zoom.us/wc/join/81234567890', 'zoom', true, '81234567890'],
  ['https://us05web.zoom.us/wc/leave', 'zoom', false, null],
  ['https://whereby.com/opnamepact-demo', 'whereby', true, 'whereby.com/opnamepact-demo'],
  ['https://whereby.com/information', 'whereby', false, null],
  ['https://meet.jit.si/OpnamepactDemo', 'jitsi', true, 'meet.jit.si/OpnamepactDemo'],
  ['https://8x8.vc/vpaas-magic-cookie-abc/Room', 'jitsi', true, '8x8.vc/vpaas-magic-cookie-abc/Room'],
  ['https://meet.jit.si/', 'jitsi', false, null],
  ['https://acme.webex.com/meet/j.jansen', 'webex', true, 'acme.webex.com/meet/j.jansen'],
  ['https://acme.webex.com/webappng/sites/acme/dashboard', 'webex', true, 'acme.webex.com/webappng/sites/acme/dashboard'],
  ['https://acme.webex.com/', 'webex', false, null],
  ['https://acme.webex.com/acme/j.php?MTID=m0123456789abcdef', 'webex', true, 'acme.webex.com/acme/j.php?MTID=m0123456789abcdef'],
  ['https://acme.webex.com/meet/j.php?MTID=m0123456789abcdef', 'webex', true, 'acme.webex.com/meet/j.php?MTID=m0123456789abcdef'],
  ['https://acme.webex.com/acme/j.php/other', 'webex', false, null],
  ['https://app.zoom.us/wc/81234567890/join?fromPWA=1', 'zoom', true, '81234567890'],
  ['https://meet.jit.si/static/close2.html', 'jitsi', false, null],
  ['https://jitsi.zorg.example/overleg', 'custom', true, '/overleg'],
];

describe('URL layer', () => {
  test.each(cases)('%s → %s', (url, platform, callPage, meetingId) => {
    const adapter = adapterFor(new URL(url));
    expect({ platform: adapter.id, ...adapter.meeting(new URL(url)) }).toEqual({ platform, callPage, meetingId });
  });

  test('look-alike hosts are not platforms', () => {
    expect(adapterFor(new URL('https://meet.google.com.evil.example/abc-defg-hij')).id).toBe('custom');
    expect(adapterFor(new URL('https://notwebex.com/meet/x')).id).toBe('custom');
    expect(adapterFor(new URL('https://evilzoom.us/wc/81234567890/join')).id).toBe('custom');
  });

  test('the manifest matches cover every platform host named in the design', () => {
    expect(KNOWN_MATCHES).toEqual(
      expect.arrayContaining([
        'https://meet.google.com/*',
        'https://teams.microsoft.com/*',
        'https://teams.live.com/*',
        'https://teams.cloud.microsoft/*',
        'https://*.zoom.us/wc/*',
        'https://whereby.com/*',
        'https://meet.jit.si/*',
        'https://8x8.vc/*',
        'https://*.webex.com/*',
      ]),
    );
  });
});

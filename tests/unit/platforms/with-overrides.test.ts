import { expect, test } from 'vitest';
import { googleMeet } from '../../../extension/platforms/google-meet.ts';
import { withOverrides } from '../../../extension/platforms/with-overrides.ts';

test('organisation hints come first, marked as overrides, and the built-in ones stay', () => {
  const adapter = withOverrides(googleMeet, { inCall: [{ selector: '.new-leave' }], indicator: [{ selector: '.rec-banner', text: 'opname' }] });
  expect(adapter.hints.inCall).toEqual([{ selector: '.new-leave', source: 'OVERRIDE', note: 'organisation override (settings.hintOverrides)' }, ...googleMeet.hints.inCall]);
  expect(adapter.hints.indicator[0]).toMatchObject({ selector: '.rec-banner', text: 'opname', source: 'OVERRIDE' });
  expect(adapter.hints.recording).toEqual(googleMeet.hints.recording);
  expect(withOverrides(googleMeet, undefined)).toBe(googleMeet);
});

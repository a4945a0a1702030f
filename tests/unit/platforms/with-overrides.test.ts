import { expect, test } from 'vitest';
import { googleMeet } from '../../../extension/platforms/google-meet.ts';
import { withOverrides } from '../../../extension/platforms/with-overrides.ts';

test('organisation hints come first and the built-in ones stay', () => {
  const adapter = withOverrides(googleMeet, { inCall: [{ selector: '.new-leave' }] });
  expect(adapter.hints.inCall).toEqual([{ selector: '.new-leave' }, ...googleMeet.hints.inCall]);
  expect(adapter.hints.recording).toEqual(googleMeet.hints.recording);
  expect(withOverrides(googleMeet, undefined)).toBe(googleMeet);
});

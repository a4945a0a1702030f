import { expect, test } from 'vitest';
import { sanitizeSettings } from '../../../extension/settings/sanitize.ts';

test('hint overrides keep every kind, drop invalid hints and unknown kinds', () => {
  const policy = {
    hintOverrides: {
      'google-meet': {
        waiting: [{ selector: 'span', text: 'wacht tot iemand je toelaat' }],
        indicator: [{ selector: '[data-recording-banner]' }],
        recordingStopped: [{ selector: '[role=status]', text: '(unclosed' }],
        admitted: [{ selector: '' }, { selector: '[data-self-name]' }],
        someday: [{ selector: 'x' }],
      },
      nowhere: { inCall: [{ selector: 'x' }] },
    },
  };
  expect(sanitizeSettings(policy).hintOverrides).toEqual({
    'google-meet': {
      waiting: [{ selector: 'span', text: 'wacht tot iemand je toelaat' }],
      indicator: [{ selector: '[data-recording-banner]' }],
      recordingStopped: [],
      admitted: [{ selector: '[data-self-name]' }],
    },
  });
});

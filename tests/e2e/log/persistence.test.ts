// The log survives a browser restart with a persistent profile, and the chain continues after it.

import { join } from 'node:path';
import { expect, it } from 'vitest';
import { appendAll, call, GENERATED, launchChromium, openHarness, unwrap } from './browser.ts';
import { expectOneChain, expectVerifies } from './chain-check.ts';
import { tagged } from './drafts.ts';
import { useHarness } from './fixture.ts';

const PROFILE = join(GENERATED, 'profile-persistence');
const harness = useHarness({ profiles: [PROFILE] });

it('keeps every entry and the meeting salt across a browser restart', async () => {
  const first = await launchChromium(PROFILE);
  const before = await openHarness(first, harness.origin);
  await appendAll(before, tagged('before restart', 5, 1));
  const written = unwrap(await call(before, 'list'));
  const key = unwrap(await call(before, 'meetingKeyFor', 'meet', 'abc-defg-hij'));
  await first.close();

  const second = await launchChromium(PROFILE);
  try {
    const after = await openHarness(second, harness.origin);
    expect(unwrap(await call(after, 'list'))).toEqual(written);
    expect(unwrap(await call(after, 'meetingKeyFor', 'meet', 'abc-defg-hij'))).toBe(key);
    await appendAll(after, tagged('after restart', 2, 2));
    const entries = unwrap(await call(after, 'list'));
    expectOneChain(entries, 7);
    expect(entries[5]?.prev).toBe(written[4]?.hash);
    expectVerifies(unwrap(await call(after, 'exportAll', '2026-11-29T10:00:00.000Z')), 7);
  } finally {
    await second.close();
  }
});

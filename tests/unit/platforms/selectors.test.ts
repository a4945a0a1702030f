// Every built-in cue is parsed by the engine that runs it: each selector with document.querySelector
// in real Chromium, each text pattern as the detection compiles it. A typo fails here instead of
// shipping as a cue that silently never matches (try/catch in hints.ts would hide it).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openDetectionPage, type DetectionPage } from './detection-page.ts';

let run: DetectionPage;

beforeAll(async () => {
  run = await openDetectionPage();
  run.serve('https://fixture.test/', '<!doctype html><title>selectors</title>');
  await run.open('https://fixture.test/');
});

afterAll(async () => {
  await run?.browser.close();
});

test('every built-in selector parses and every text pattern compiles, in Chromium', async () => {
  const hints = await run.call('allHints');
  // Every platform and the generic fallback contribute, every kind is represented.
  expect(new Set(hints.map((hint) => hint.platform))).toEqual(new Set(['google-meet', 'teams', 'zoom', 'whereby', 'jitsi', 'webex', 'generic']));
  expect(hints.length).toBeGreaterThan(60);
  const broken = await run.page.evaluate((list) => {
    const problems: string[] = [];
    for (const { platform, kind, selector, text } of list) {
      try {
        document.querySelector(selector);
      } catch (error) {
        problems.push(`${platform} ${kind} selector ${selector}: ${String(error)}`);
      }
      if (text === undefined) continue;
      try {
        new RegExp(text, 'iu');
      } catch (error) {
        problems.push(`${platform} ${kind} text ${text}: ${String(error)}`);
      }
    }
    return problems;
  }, hints);
  expect(broken).toEqual([]);
});

test('the check itself catches a broken selector and a broken pattern', async () => {
  const caught = await run.page.evaluate(() => {
    const results: boolean[] = [];
    for (const probe of [() => document.querySelector('button['), () => new RegExp('(leave', 'iu')]) {
      try {
        probe();
        results.push(false);
      } catch {
        results.push(true);
      }
    }
    return results;
  });
  expect(caught).toEqual([true, true]);
});

test('every built-in cue says VERIFIED or INFERRED, with a note on where and when', async () => {
  const hints = await run.call('allHints');
  const unannotated = hints.filter((hint) => !['VERIFIED', 'INFERRED'].includes(hint.source) || hint.note.trim().length < 10);
  expect(unannotated).toEqual([]);
  // Verified cues name a source with a date or a commit.
  const undated = hints.filter((hint) => hint.source === 'VERIFIED' && !/\b(20\d\d|[0-9a-f]{7,40})\b/.test(hint.note));
  expect(undated).toEqual([]);
});

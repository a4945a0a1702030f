// The verifier page, built (dist/verifier), in real headless Chromium: real WAV files made by sox
// go through the file inputs; verdicts, times, the timeline, the fingerprint download and the log
// check are read from the page as a user sees them. Every request is recorded: only the page's own
// files may be asked for. Run `npx vite build --config verifier/web/vite.config.ts` first.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Browser, FileChooser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateAudioSection } from '../../../shared/audio/section.ts';
import { writeFingerprintFile } from '../../../shared/fingerprint/fingerprint-file.ts';
import type { Fingerprint } from '../../../shared/fingerprint/fingerprint.ts';
import { fingerprintOf } from '../../../shared/fingerprint/fingerprinter.ts';
import { pcmBlockFrames, PcmBlockHasher, pcmDataRange } from '../../../shared/fingerprint/pcm-blocks.ts';
import { packetLayer } from '../../../shared/media/packets/packet-layer.ts';
import { seriousViolations } from '../support/axe.ts';
import { ROOT } from '../support/paths.ts';
import { makeWebMedia, WEB_MEDIA_DIR, type WebMedia } from './make-web-media.ts';
import { expectOwnRequestsOnly, launchChromium, openPage, text, timelineSegments, upload, waitForDownload, type OpenedPage } from './page-driver.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const DIST = `${ROOT}dist/verifier/`;
const SCREENSHOTS = `${ROOT}docs/screenshots/`;
const LOG_EXAMPLE = `${ROOT}docs/examples/consent-log.example.json`;

let media: WebMedia;
let server: StaticServer;
let browser: Browser;
let downloads: string;
let opened: OpenedPage[] = [];

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Downloads the fingerprint file once the page has added the sound's fingerprint; returns it parsed, and its audio section apart. */
async function downloadedFingerprint(page: Page, name: string): Promise<{ rest: unknown; audio: unknown }> {
  await page.waitForSelector('#download-fingerprint:not([disabled])', { timeout: 60_000 });
  // A fresh folder: Chromium would save a second file of the same name under another name.
  rmSync(downloads, { recursive: true, force: true });
  mkdirSync(downloads, { recursive: true });
  await page.click('#download-fingerprint');
  const { audio, ...rest } = JSON.parse(await waitForDownload(downloads, `${name}.fingerprint.json`)) as Record<string, unknown>;
  return { rest, audio };
}

/** The fingerprint file the shared core writes, parsed (without an audio section); for a WAV with the pcm section of `bytes`, as the page adds it. */
function expectedFingerprint(fingerprint: Fingerprint, bytes?: Uint8Array): unknown {
  const wav = fingerprint.file.wav;
  const blockFrames = wav && pcmBlockFrames(wav);
  if (!wav || !blockFrames || !bytes) return JSON.parse(writeFingerprintFile(fingerprint));
  const hasher = new PcmBlockHasher(wav, blockFrames, (block) => createHash('sha256').update(block).digest());
  hasher.update(bytes.subarray(...pcmDataRange(wav)));
  return JSON.parse(writeFingerprintFile({ ...fingerprint, pcm: hasher.finish() }));
}

/** A browser-decoded audio section: valid, and as long as the recording (Web Audio decodes slightly differently from ffmpeg, so it is not compared bit for bit). */
function expectAudioSection(audio: unknown, seconds: number): void {
  const section = validateAudioSection(audio);
  expect(Math.abs(section.sampleCount / section.sampleRate - seconds)).toBeLessThan(0.1);
}

async function open(): Promise<OpenedPage> {
  const page = await openPage(browser, `${server.origin}/index.html`, downloads);
  await page.page.setViewport({ width: 1100, height: 900 });
  opened.push(page);
  return page;
}

beforeAll(async () => {
  if (!existsSync(`${DIST}index.html`)) throw new Error(`${DIST}index.html: not built; run "npx vite build --config verifier/web/vite.config.ts"`);
  media = makeWebMedia();
  downloads = `${WEB_MEDIA_DIR}downloads`;
  rmSync(downloads, { recursive: true, force: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await serveStatic(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  expectOwnRequestsOnly(opened, server.origin);
  await browser?.close();
  await server?.close();
});

describe('client view', () => {
  it('shows the recording code and short code, and downloads the same fingerprint file as the shared core', async () => {
    const { page, requests } = await open();
    await upload(page, 'client-file', media.original);
    const code = await text(page, '#full-code');
    expect(code).toBe(sha256(media.original));
    expect(await text(page, '#short-code')).toBe(`${code.slice(0, 4)} ${code.slice(4, 8)} ${code.slice(8, 12)}`);
    expect(await page.$$eval('.rules li', (items) => items.length)).toBeGreaterThan(2);

    const { rest, audio } = await downloadedFingerprint(page, 'gesprek.wav');
    expect(rest).toEqual(expectedFingerprint(fingerprintOf('gesprek.wav', readFileSync(media.original)), readFileSync(media.original)));
    expectAudioSection(audio, 40);

    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}verifier-client.png`, fullPage: true });
    // Only the page itself, its script and its stylesheet (the worker is a blob: URL).
    const own = requests.filter((url) => url.startsWith(server.origin)).map((url) => new URL(url).pathname.replace(/-[\w-]+\./, '.'));
    expect(new Set(own)).toEqual(new Set(['/index.html', '/assets/index.js', '/assets/style.css']));
  });

  it('gives the shared core fingerprint for a file that arrives in many stream pieces', async () => {
    // 24 MB: File.stream() hands it over in pieces (≤ 2 MiB here), so many chunks span two pieces.
    const large = `${WEB_MEDIA_DIR}groot-willekeurig.bin`;
    writeFileSync(large, randomBytes(24 * 1000 * 1000));
    const { page } = await open();
    await upload(page, 'client-file', large);
    expect(await text(page, '#full-code')).toBe(sha256(large));
    // No container, so no sound fingerprint: the file equals the shared core's to the byte.
    await page.waitForSelector('#download-fingerprint:not([disabled])');
    await page.click('#download-fingerprint');
    const downloaded = await waitForDownload(downloads, 'groot-willekeurig.bin.fingerprint.json');
    expect(downloaded).toBe(writeFingerprintFile(fingerprintOf('groot-willekeurig.bin', readFileSync(large))));
  });

  it('adds the packet and audio sections, container and duration for an MP3, as the CLI does', async () => {
    const { original } = media.compressed.mp3;
    const { page } = await open();
    await upload(page, 'client-file', original);
    await text(page, '#full-code');
    const { rest, audio } = await downloadedFingerprint(page, 'gesprek.mp3');
    const bytes = readFileSync(original);
    const expected = fingerprintOf('gesprek.mp3', bytes);
    const source = { name: 'gesprek.mp3', size: bytes.length, read: async (offset: number, length: number) => bytes.subarray(offset, offset + length) };
    const layer = await packetLayer(source);
    expected.file.container = layer.result.container;
    expected.file.duration = layer.result.duration;
    expected.packets = layer.section!;
    expect(rest).toEqual(expectedFingerprint(expected));
    expect(rest).toMatchObject({ file: { container: 'mp3' }, packets: { count: expect.any(Number) } });
    expectAudioSection(audio, 10);
  });

  it('leaves the sound out of the fingerprint for a recording too long to decode in the browser, and says so', async () => {
    // A-law: no streaming decoder for it in the page, so only decodeAudioData could, and that holds the whole file.
    const long = `${WEB_MEDIA_DIR}lang-gesprek.wav`;
    execFileSync('sox', ['-R', '-n', '-r', '8000', '-e', 'a-law', '-b', '8', '-c', '1', long, 'synth', '1260', 'sine', '440']);
    const { page } = await open();
    await upload(page, 'client-file', long);
    expect(await text(page, '[data-testid="audio-note"]')).toMatch(/langer dan 20 minuten/);
    const { rest, audio } = await downloadedFingerprint(page, 'lang-gesprek.wav');
    expect(audio).toBeUndefined();
    expect(rest).toEqual(expectedFingerprint(fingerprintOf('lang-gesprek.wav', readFileSync(long)), readFileSync(long)));
  });

  it('refuses a WAV file whose header lies, with one line naming the file', async () => {
    const { page } = await open();
    const bad = `${WEB_MEDIA_DIR}kapot.wav`;
    const bytes = readFileSync(media.original);
    // A block size of 0 (a file shorter than its header says is a recording cut short, not a lie).
    bytes.writeUInt16LE(0, 32);
    writeFileSync(bad, bytes);
    await upload(page, 'client-file', bad);
    expect(await text(page, '.error')).toMatch(/^kapot\.wav: /);
  });

  it('stays responsive while hashing and stops when cancelled', async () => {
    const { page } = await open();
    await upload(page, 'client-file', media.large);
    await page.waitForSelector('.progress progress');
    // The main thread keeps painting frames while the worker hashes.
    const frameMs = await page.evaluate(() => new Promise<number>((resolve) => {
      const start = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
    }));
    expect(frameMs).toBeLessThan(250);
    await page.waitForFunction(() => Number(document.querySelector('.progress progress')?.getAttribute('value')) > 0);
    await page.click('.progress button');
    expect(await text(page, '[role="status"]')).toBe('Gestopt.');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await page.$('#full-code')).toBeNull();
  });
});

describe('complaints handler view', () => {
  async function compareFiles(original: string, copy: string): Promise<OpenedPage> {
    const opened = await open();
    await opened.page.click('#tab-compare');
    await upload(opened.page, 'original-file', original);
    await upload(opened.page, 'copy-file', copy);
    await opened.page.waitForSelector('[data-testid="verdict"]', { timeout: 30_000 });
    return opened;
  }

  it('calls an identical copy identical', async () => {
    const { page } = await compareFiles(media.original, media.identical);
    expect(await page.$eval('[data-testid="verdict"]', (e) => e.getAttribute('data-verdict'))).toBe('identical');
    expect(await text(page, '[data-testid="verdict"]')).toContain('IDENTIEK');
  });

  it('finds a lossless cut with its times, on the timeline and in the edit list', async () => {
    const { page } = await compareFiles(media.original, media.cut);
    expect(await page.$eval('[data-testid="verdict"]', (e) => e.getAttribute('data-verdict'))).toBe('edited');
    expect(await text(page, '[data-testid="verdict"]')).toContain('BEWERKT');
    const segments = await timelineSegments(page);
    expect(segments).toHaveLength(1);
    const [removed] = segments;
    expect(removed).toMatchObject({ bar: 'original', kind: 'removed' });
    expect(removed!.start).toBeCloseTo(10, 3);
    expect(removed!.end).toBeCloseTo(15, 3);
    const row = await text(page, '[data-testid="edit-table"] tbody tr');
    expect(row).toContain('verwijderd');
    expect(row).toContain('00:10.0–00:15.0');
    expect(row).toContain('5,0 s');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}verifier-compare.png`, fullPage: true });

    // Printed (or saved as PDF), only the report shows: no header, tabs or file inputs.
    await page.emulateMediaType('print');
    const shown = await page.evaluate(() =>
      ['header', '.tabs', '.pickers', '[data-testid="report"]', '[data-testid="timeline"]'].map((s) => getComputedStyle(document.querySelector(s)!).display !== 'none'),
    );
    expect(shown).toEqual([false, false, false, true, true]);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    await page.emulateMediaType('screen');

    // English: the same report in the other language.
    await page.click('#language');
    expect(await text(page, '[data-testid="verdict"]')).toContain('EDITED');
    expect(await text(page, '[data-testid="edit-table"] tbody tr')).toContain('removed');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('compares against a fingerprint file when the original is not at hand', async () => {
    const fingerprint = `${WEB_MEDIA_DIR}gesprek.wav.fingerprint.json`;
    writeFileSync(fingerprint, writeFingerprintFile(fingerprintOf('gesprek.wav', readFileSync(media.original))));
    const { page } = await compareFiles(fingerprint, media.cut);
    expect(await text(page, '[data-testid="original-file-ready"]')).toContain('uit vingerafdruk');
    expect(await page.$eval('[data-testid="verdict"]', (e) => e.getAttribute('data-verdict'))).toBe('edited');
    // Without the original's bytes the cut is placed to within chunks (≤ 256 KiB ≈ 8.2 s here): the
    // chunks around a cut's edge differ, so the core may call the part "replaced" rather than "removed".
    const onOriginal = (await timelineSegments(page)).filter((s) => s.bar === 'original');
    expect(onOriginal).toHaveLength(1);
    const [changed] = onOriginal;
    expect(['removed', 'replaced']).toContain(changed!.kind);
    expect(changed!.start).toBeLessThanOrEqual(10);
    expect(changed!.end).toBeGreaterThanOrEqual(15);
    expect(changed!.end - changed!.start).toBeLessThan(5 + 4 * 8.2);
  });

  it.each([
    ['mp3', 1152 / 48000],
    ['m4a', 1024 / 48000],
  ] as const)('finds a stream-copy cut of an %s through its packets, to the frame', async (kind, frame) => {
    const { original, cut } = media.compressed[kind];
    const { page } = await compareFiles(original, cut);
    expect(await page.$eval('[data-testid="verdict"]', (e) => e.getAttribute('data-verdict'))).toBe('edited');
    expect(await text(page, '[data-testid="verdict"]')).toContain('de audiopakketten');
    const segments = await timelineSegments(page);
    expect(segments.map((s) => `${s.bar}:${s.kind}`)).toEqual(['original:removed', 'original:removed']);
    const [head, tail] = segments;
    expect(Math.abs(head!.start - 0)).toBeLessThanOrEqual(frame);
    expect(Math.abs(head!.end - 2)).toBeLessThanOrEqual(frame);
    expect(Math.abs(tail!.start - 7)).toBeLessThanOrEqual(frame);
    expect(Math.abs(tail!.end - 10)).toBeLessThanOrEqual(frame);
    expect(await text(page, '[data-testid="edit-table"] tbody tr:last-child')).toContain('00:07.0–00:10.0');
  });

  /** The re-encoded copy lacks 10–15 s of the original: found by the audio layer, within 0.3 s. */
  async function expectSoundCutAt10to15(page: Page): Promise<void> {
    expect(await page.$eval('[data-testid="verdict"]', (e) => e.getAttribute('data-verdict'))).toBe('edited');
    expect(await text(page, '[data-testid="verdict"]')).toContain('het geluid zelf');
    const removed = (await timelineSegments(page)).filter((s) => s.kind === 'removed');
    expect(removed).toHaveLength(1);
    expect(Math.abs(removed[0]!.start - 10)).toBeLessThan(0.3);
    expect(Math.abs(removed[0]!.end - 15)).toBeLessThan(0.3);
  }

  it('finds a cut in a re-encoded copy by its sound', async () => {
    const { page } = await compareFiles(media.original, media.reencodedCut);
    await expectSoundCutAt10to15(page);
  });

  it('finds that cut from the fingerprint file the client view made, without the original', async () => {
    const client = await open();
    await upload(client.page, 'client-file', media.original);
    await downloadedFingerprint(client.page, 'gesprek.wav');
    const { page } = await compareFiles(`${downloads}/gesprek.wav.fingerprint.json`, media.reencodedCut);
    await expectSoundCutAt10to15(page);
  });

  it('places a WAV cut to 20 ms from the fingerprint file the client view made (its pcm section), as from the file', async () => {
    const client = await open();
    await upload(client.page, 'client-file', media.original);
    await downloadedFingerprint(client.page, 'gesprek.wav');
    const { page } = await compareFiles(`${downloads}/gesprek.wav.fingerprint.json`, media.cut);
    const segments = await timelineSegments(page);
    expect(segments.map((s) => s.kind)).toEqual(['removed']);
    expect(Math.abs(segments[0]!.start - 10)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(segments[0]!.end - 15)).toBeLessThanOrEqual(0.05);
    expect(await text(page, '[data-testid="edit-basis"]')).toBe('bytes, ± 0,02 s');
  });

  it('calls an unrelated recording unrelated', async () => {
    const { page } = await compareFiles(media.original, media.unrelated);
    expect(await page.$eval('[data-testid="verdict"]', (e) => e.getAttribute('data-verdict'))).toBe('unrelated');
    expect(await page.$('[data-testid="timeline"]')).toBeNull();
  });

  it('refuses a damaged fingerprint file with one line naming it', async () => {
    const bad = `${WEB_MEDIA_DIR}kapot.fingerprint.json`;
    writeFileSync(bad, '{"format": "opnamepact-fingerprint", "version": 1, "file": {}}');
    const { page } = await open();
    await page.click('#tab-compare');
    await upload(page, 'original-file', bad);
    expect(await text(page, '.error')).toMatch(/^kapot\.fingerprint\.json: fingerprint file's file\.name/);
  });
});

describe('consent log', () => {
  it('verifies an intact export and shows its sessions', async () => {
    const { page } = await open();
    await page.click('#tab-log');
    await upload(page, 'log-file', LOG_EXAMPLE);
    const verdict = await page.waitForSelector('[data-testid="log-verdict"]');
    expect(await verdict!.evaluate((e) => e.getAttribute('data-ok'))).toBe('true');
    expect(await text(page, '[data-testid="log-verdict"]')).toMatch(/^INTACT/);
    const example = JSON.parse(readFileSync(LOG_EXAMPLE, 'utf8')) as { entries: { meetingKey?: string }[] };
    const meetings = new Set(example.entries.map((e) => e.meetingKey));
    expect(await page.$$eval('[data-testid="log-session"]', (t) => t.length)).toBe(meetings.size);
    expect(await page.$$eval('[data-testid="log-session"] tbody tr', (r) => r.length)).toBe(example.entries.length);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('reports a log with one byte changed as broken, and shows a note as text, never HTML', async () => {
    const original = readFileSync(LOG_EXAMPLE, 'utf8');
    const oneByte = original.replace('rustig', 'Rustig');
    expect(oneByte).not.toBe(original);
    const changed = `${WEB_MEDIA_DIR}log-een-byte.json`;
    writeFileSync(changed, oneByte);
    const { page } = await open();
    await page.click('#tab-log');
    await upload(page, 'log-file', changed);
    await page.waitForSelector('[data-testid="log-verdict"][data-ok="false"]');
    expect(await text(page, '[data-testid="log-verdict"]')).toMatch(/^GEBROKEN: .*vermelding 2 van/);

    const markup = '<img src="x" onerror="document.title=1">';
    const injected = `${WEB_MEDIA_DIR}log-html.json`;
    writeFileSync(injected, original.replace('Cliënt wil het gesprek thuis rustig naluisteren.', JSON.stringify(markup).slice(1, -1)));
    await upload(page, 'log-file', injected);
    await page.waitForFunction((m) => document.body.innerText.includes(m), {}, markup);
    expect(await page.$('.log-entries img')).toBeNull();
  });
});

describe('no network', () => {
  it('has a Content-Security-Policy that refuses every connection, even to its own origin', async () => {
    const { page, requests, errors } = await open();
    const before = requests.length;
    const outcome = await page.evaluate(async (url) => {
      try {
        await fetch(url);
        return 'connected';
      } catch {
        return 'refused';
      }
    }, `${server.origin}/index.html`);
    expect(outcome).toBe('refused');
    expect(requests.length).toBe(before);
    // Chromium logs the refusal; those are the only errors this page may log.
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => /Content Security Policy/.test(e))).toBe(true);
    errors.length = 0;
    const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.getAttribute('content'));
    expect(csp).toContain("connect-src 'none'");
  });
});

/**
 * The file chooser that Space opens on the focused file input. On a loaded machine Chromium now and
 * then drops the first key press's chooser (a clean-clone run waited 30 s for it): Space is pressed
 * again, at most three times in all.
 */
async function chooserBySpace(page: Page): Promise<FileChooser> {
  for (let attempt = 1; ; attempt++) {
    const opened = page.waitForFileChooser({ timeout: 10_000 });
    await page.keyboard.press('Space');
    try {
      return await opened;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

describe('keyboard and file://', () => {
  it('is usable with the keyboard alone: tab to the views and the file inputs, choose a file with Space', async () => {
    const { page } = await open();
    const focusOrder: string[] = [];
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press('Tab');
      focusOrder.push(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    expect(focusOrder).toEqual(['language', 'tab-client', 'tab-compare', 'tab-case', 'tab-log', 'client-file', expect.any(String)]);
    // Open the compare view from the keyboard, then choose both files through the file chooser.
    await page.focus('#tab-compare');
    await page.keyboard.press('Enter');
    for (const [id, file] of [['original-file', media.original], ['copy-file', media.cut]] as const) {
      await page.focus('#tab-log');
      while ((await page.evaluate(() => document.activeElement?.id)) !== id) await page.keyboard.press('Tab');
      const chooser = await chooserBySpace(page);
      await chooser.accept([file]);
    }
    await page.waitForSelector('[data-testid="verdict"][data-verdict="edited"]', { timeout: 30_000 });
    // The print button is reachable too.
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.textContent?.includes('afdrukken') ?? false);
    }
    expect(reached).toBe(true);
  });

  it('works when opened from file:// (classic script, inline worker)', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
    await page.goto(`file://${DIST}index.html`);
    await upload(page, 'client-file', media.cut);
    expect(await text(page, '#full-code')).toBe(sha256(media.cut));
    expect(errors).toEqual([]);
    await page.close();
  });
});

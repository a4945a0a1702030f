// A WebM written by Chromium's own MediaRecorder (unknown-size Segment and Clusters, SimpleBlocks):
// headless Chromium records its fake microphone (and camera) on a page served from localhost, the
// bytes come back to Node, and the reader must find the Opus packets ffprobe finds, each starting
// where the one before ends (Chromium writes 60 ms Opus packets).
// A stream-copied cut of the recording is then located through the packet layer.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { comparePackets } from '../../../shared/media/packets/packet-compare.ts';
import { cut } from '../../fixtures/media/lossless-edits.ts';
import { ensureMedia, mediaPath } from '../../fixtures/media/make-media.ts';
import { ffprobePackets } from '../../unit/media/ffprobe-packets.ts';
import { packetTableOf, readPacketsOf } from '../../unit/media/media-files.ts';
import { CHROMIUM_ARGS } from '../support/browsers.ts';
import { CHROMIUM } from '../support/paths.ts';

const PAGE = `<!doctype html><meta charset="utf-8"><title>recorder</title>
<script>
window.record = async (constraints, mimeType, ms) => {
  const stream = await navigator.mediaDevices.getUserMedia(constraints);
  const recorder = new MediaRecorder(stream, { mimeType });
  const parts = [];
  recorder.ondataavailable = (e) => parts.push(e.data);
  const stopped = new Promise((done) => (recorder.onstop = done));
  recorder.start(250);
  await new Promise((done) => setTimeout(done, ms));
  recorder.stop();
  await stopped;
  stream.getTracks().forEach((t) => t.stop());
  const bytes = new Uint8Array(await new Blob(parts).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};
</script>`;

let server: Server;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  ensureMedia();
  server = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

async function record(name: string, constraints: MediaStreamConstraints, mimeType: string, ms: number): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.goto(origin);
    const base64 = await page.evaluate((c, m, t) => (window as unknown as { record: (...a: unknown[]) => Promise<string> }).record(c, m, t), constraints, mimeType, ms);
    const path = mediaPath(name);
    writeFileSync(path, Buffer.from(base64, 'base64'));
    return path;
  } finally {
    await page.close();
  }
}

const read = readPacketsOf;

describe('Chromium MediaRecorder WebM', () => {
  test('audio only: unknown sizes, Opus packets as ffprobe sees them, back to back', async () => {
    const path = await record('mediarecorder-audio.webm', { audio: true }, 'audio/webm;codecs=opus', 3000);
    const bytes = readFileSync(path);
    // The Segment (18 53 80 67) and first Cluster (1F 43 B6 75) have the all-ones "unknown" size.
    const unknown = Buffer.from([0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
    expect(bytes.subarray(bytes.indexOf(Buffer.from([0x18, 0x53, 0x80, 0x67])) + 4).subarray(0, 8)).toEqual(unknown);
    expect(bytes.subarray(bytes.indexOf(Buffer.from([0x1f, 0x43, 0xb6, 0x75])) + 4).subarray(0, 8)).toEqual(unknown);

    const result = await read(path);
    expect(result).toMatchObject({ container: 'webm', codec: 'opus', truncated: false });
    const probe = ffprobePackets(path);
    expect([...result.packets].map((p) => p.size)).toEqual(probe.map((p) => p.size));
    expect(result.packets.length).toBeGreaterThan(40);
    for (let i = 1; i < result.packets.length; i++) {
      const previous = result.packets.get(i - 1);
      expect(Math.abs(result.packets.time(i) - previous.time - previous.duration)).toBeLessThanOrEqual(0.0015);
    }
    expect(result.duration).toBeGreaterThan(2);
  });

  test('camera and microphone: the audio track is chosen, the video track named', async () => {
    const path = await record('mediarecorder-av.webm', { audio: true, video: true }, 'video/webm;codecs=vp8,opus', 2000);
    const result = await read(path);
    expect(result.codec).toBe('opus');
    expect(result.tracks.map((t) => `${t.kind}:${t.codec}`).sort()).toEqual(['audio:opus', 'video:vp8']);
    expect([...result.packets].map((p) => p.size)).toEqual(ffprobePackets(path).map((p) => p.size));
  });

  test('a stream-copied cut of the recording is located to the frame', async () => {
    const original = mediaPath('mediarecorder-audio.webm');
    // Every run records anew, so the cut of an earlier recording must go.
    rmSync(mediaPath('cut-1-end-mediarecorder-audio.webm'), { force: true });
    const trimmed = cut('mediarecorder-audio.webm', 1, null);
    const result = comparePackets(await packetTableOf(original), await packetTableOf(trimmed));
    expect(result.decided).toBe(true);
    if (!result.decided) return;
    expect(result.report.edits).toHaveLength(1);
    const [edit] = result.report.edits;
    expect(edit!.kind).toBe('removed');
    const removed = edit!.kind === 'removed' ? edit!.original : [NaN, NaN];
    expect(removed[0]).toBe(0);
    // One 60 ms packet, plus WebM's millisecond rounding.
    expect(Math.abs(removed[1]! - 1)).toBeLessThanOrEqual(0.0615);
  });
});

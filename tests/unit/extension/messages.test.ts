import { describe, expect, test } from 'vitest';
import { senderKind } from '../../../extension/background/sender.ts';
import { MESSAGE_SPECS, parseMessage } from '../../../extension/messages.ts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const HASH = 'a'.repeat(64);
const CUES = { phase: 'button[aria-label] ^(leave call|gesprek verlaten)$', recording: null, fallbackOnly: false, override: false };

describe('message validation', () => {
  test('known, well-formed messages pass from the contexts allowed to send them', () => {
    expect(parseMessage({ type: 'settings/get' }, 'content')).toEqual({ type: 'settings/get' });
    const state = { type: 'call/state', phase: 'in-call', recording: false, meetingId: 'x', cues: CUES };
    expect(parseMessage(state, 'content')).toEqual(state);
    const fallback = { ...state, cues: { phase: null, recording: null, fallbackOnly: true, override: false } };
    expect(parseMessage(fallback, 'content')).toEqual(fallback);
    const notice = { type: 'log/notice', notice: 'video-referred', moment: 'client-asks-video', language: 'nl', tabId: null };
    expect(parseMessage(notice, 'content')).toEqual(notice);
    const append = { type: 'log/append', session: { meetingKey: HASH, caseRef: null }, fields: { kind: 'concerns-discussed' }, note: '' };
    expect(parseMessage(append, 'page')).toEqual(append);
    expect(parseMessage({ type: 'log/export', session: { caseRef: 'DV-1' } }, 'page')).not.toBeNull();
    expect(parseMessage({ type: 'log/export', session: null }, 'page')).not.toBeNull();
  });

  test('unknown types, inherited names and malformed fields are refused', () => {
    for (const bad of [
      null,
      'settings/get',
      { type: 'log/wipe' },
      { type: 'toString' },
      { type: '__proto__' },
      { type: 'call/state', phase: 'talking', recording: false, meetingId: 'x', cues: CUES },
      { type: 'call/state', phase: 'in-call', recording: 'yes', meetingId: 'x', cues: CUES },
      { type: 'call/state', phase: 'in-call', recording: false, meetingId: 'x'.repeat(600), cues: CUES },
      { type: 'call/state', phase: 'in-call', recording: false, meetingId: 'x' },
      { type: 'call/state', phase: 'in-call', recording: false, meetingId: 'x', cues: { ...CUES, phase: 'x'.repeat(301) } },
      { type: 'call/state', phase: 'in-call', recording: false, meetingId: 'x', cues: { ...CUES, recording: 42 } },
      { type: 'call/state', phase: 'in-call', recording: false, meetingId: 'x', cues: { ...CUES, fallbackOnly: 'no' } },
      { type: 'call/state', phase: 'in-call', recording: false, meetingId: 'x', cues: { ...CUES, url: 'https://meet.google.com/abc' } },
      { type: 'reminder/dismiss', meetingKey: 'not-a-hash' },
      { type: 'log/notice', notice: 'delete-everything', moment: 'call-start', language: 'en', tabId: null },
      { type: 'log/notice', notice: 'video-referred', moment: 'lunch', language: 'en', tabId: null },
      { type: 'log/notice', notice: 'video-referred', moment: 'client-asks-video', language: 'de', tabId: null },
      { type: 'log/notice', notice: 'video-referred', moment: 'client-asks-video', language: 'en', tabId: -1 },
      { type: 'log/append', session: { meetingKey: null, caseRef: null }, fields: { kind: 'concerns-discussed' }, note: '' },
      { type: 'log/append', session: { meetingKey: null, caseRef: 'A', extra: 1 }, fields: { kind: 'concerns-discussed' }, note: '' },
      { type: 'log/append', session: { meetingKey: null, caseRef: 'A' }, fields: 'concerns', note: '' },
      { type: 'log/append', session: { meetingKey: null, caseRef: 'A' }, fields: {}, note: 'x'.repeat(5000) },
      { type: 'log/register-code', session: { meetingKey: null, caseRef: 'A' }, party: 'manager', code: 'abc', note: '' },
      { type: 'log/export', session: { meetingKey: HASH, caseRef: 'A' } },
      { type: 'log/import', text: 42 },
      { type: 'log/checkpoint', session: { caseRef: 'A', meetingKey: HASH } },
      { type: 'log/checkpoint' },
      { type: 'log/call-end', open: 'yes' },
    ]) {
      expect(parseMessage(bad, 'page'), JSON.stringify(bad)).toBeNull();
    }
  });

  test('a content script (in a call page) cannot save settings, read other tabs, or read or write the log beyond a notice', () => {
    expect(parseMessage({ type: 'settings/save', settings: {} }, 'content')).toBeNull();
    expect(parseMessage({ type: 'tab/state', tabId: 1 }, 'content')).toBeNull();
    expect(parseMessage({ type: 'call/state', phase: 'in-call', recording: false, meetingId: 'x', cues: CUES }, 'page')).toBeNull();
    for (const type of ['log/list', 'log/import', 'log/export', 'log/append', 'log/register-code', 'log/checkpoint']) {
      expect(parseMessage({ type, session: null, text: '' }, 'content'), type).toBeNull();
    }
    // At call end the reminder may have the head signed and the receipt opened, nothing more.
    expect(parseMessage({ type: 'log/call-end', open: true }, 'content')).toEqual({ type: 'log/call-end', open: true });
    expect(parseMessage({ type: 'log/checkpoint', session: null }, 'page')).toEqual({ type: 'log/checkpoint', session: null });
  });

  test('every message type says who may send it', () => {
    for (const [type, spec] of Object.entries(MESSAGE_SPECS)) expect(spec.from.length, type).toBeGreaterThan(0);
  });
});

describe('sender check', () => {
  test('our own pages and our content script in a top-level https page', () => {
    expect(senderKind({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe('page');
    expect(senderKind({ id: ID, url: 'https://meet.google.com/abc-defg-hij', tab: { id: 4 }, frameId: 0 }, ID, ORIGIN)).toBe('content');
  });

  test('other extensions, frames, non-https pages and senders without a URL are refused', () => {
    expect(senderKind({ id: 'otherextensionidotherextensionid', url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBeNull();
    expect(senderKind({ id: ID, url: 'https://meet.google.com/x', tab: { id: 4 }, frameId: 7 }, ID, ORIGIN)).toBeNull();
    expect(senderKind({ id: ID, url: 'http://meet.google.com/x', tab: { id: 4 }, frameId: 0 }, ID, ORIGIN)).toBeNull();
    expect(senderKind({ id: ID, url: 'https://meet.google.com/x', frameId: 0 }, ID, ORIGIN)).toBeNull();
    expect(senderKind({ id: ID }, ID, ORIGIN)).toBeNull();
  });
});

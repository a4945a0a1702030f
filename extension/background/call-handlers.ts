// Call state per tab (for the popup) and dismissals per meeting, both in session storage: they
// matter only while the browser runs and vanish with it.
import { browser } from 'wxt/browser';
import type { Sender } from './router.ts';
import type { MessageOf, Responses, TabCallState } from '../messages.ts';
import { meetingKeyOf, pageMeeting } from './call-identity.ts';

const tabKey = (tabId: number): string => `tab:${tabId}`;
const dismissKey = (key: string): string => `dismissed:${key}`;

export async function tabState(tabId: number): Promise<TabCallState | null> {
  const stored = (await browser.storage.session.get(tabKey(tabId)))[tabKey(tabId)];
  return (stored as TabCallState | undefined) ?? null;
}

/** Only content scripts send this (the router checks), so the sender has a tab and a URL. */
export async function onCallState(message: MessageOf<'call/state'>, sender: Sender): Promise<Responses['call/state']> {
  // The content script's own id counts only when the URL names no meeting: it then picks a random
  // id per call, which says nothing about the meeting either.
  const { platform, meetingId } = pageMeeting(sender);
  const key = await meetingKeyOf(platform, meetingId ?? message.meetingId);
  const tabId = sender.tab?.id;
  if (tabId !== undefined) {
    const state: TabCallState = { platform, phase: message.phase, recording: message.recording, meetingKey: key, cues: message.cues };
    await browser.storage.session.set({ [tabKey(tabId)]: state });
  }
  const dismissed = (await browser.storage.session.get(dismissKey(key)))[dismissKey(key)] === true;
  return { meetingKey: key, dismissed };
}

export async function onDismiss(message: MessageOf<'reminder/dismiss'>): Promise<null> {
  await browser.storage.session.set({ [dismissKey(message.meetingKey)]: true });
  return null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabKey(tabId));
}

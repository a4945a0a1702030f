// The consent log's message handlers. Nothing from the sender is taken on trust: a notice is
// looked up in the fixed table, the call's platform and meeting key come from the tab's URL (or,
// for a page, from the log itself), and every draft is checked against the entry schema by the
// store before it is written.
import { browser } from 'wxt/browser';
import type { EntryDraft } from '../../shared/consent/entry.ts';
import { normalizeShortCode } from '../../shared/consent/recording-codes.ts';
import { CATALOGUE, noticeText, noticeTextHash, rulesFor } from '../../shared/rules/index.ts';
import { notice, noticesFor } from '../flows/notices.ts';
import { LogStoreError } from '../log/errors.ts';
import type { MessageOf, Responses, SessionRef } from '../messages.ts';
import { tabState } from './call-handlers.ts';
import { meetingKeyOf, pageMeeting } from './call-identity.ts';
import { entryCommon, type Where } from './entry-context.ts';
import { logStore } from './log-service.ts';
import type { Sender } from './router.ts';

const NO_CALL: Where = { platform: 'none', meetingKey: null, caseRef: null };

function fromOwnPage(sender: Sender): boolean {
  return sender.url?.startsWith(browser.runtime.getURL('/')) === true;
}

/** Where a notice was given: a content script speaks only for its own tab, a page names the tab. */
async function noticeWhere(message: MessageOf<'log/notice'>, sender: Sender): Promise<Where> {
  const tabId = fromOwnPage(sender) ? message.tabId : (sender.tab?.id ?? null);
  const state = tabId === null ? null : await tabState(tabId);
  if (!fromOwnPage(sender)) {
    const { platform, meetingId } = pageMeeting(sender);
    // Without a meeting id in the URL, the key is the one this tab's call state got (same tab).
    const meetingKey = meetingId === null ? (state?.meetingKey ?? null) : await meetingKeyOf(platform, meetingId);
    return { platform, meetingKey, caseRef: null };
  }
  return state === null ? NO_CALL : { platform: state.platform, meetingKey: state.meetingKey, caseRef: null };
}

/** A page adds to a meeting only if the log already holds it, and takes its platform from there. */
async function sessionWhere(session: SessionRef): Promise<Where> {
  if (session.meetingKey === null) return { ...NO_CALL, caseRef: session.caseRef };
  const known = await (await logStore()).list({ meetingKey: session.meetingKey });
  const latest = known.at(-1);
  if (latest === undefined) throw new LogStoreError('invalid-entry', 'this meeting is not in the log; nothing was written');
  return { platform: latest.platform, meetingKey: session.meetingKey, caseRef: session.caseRef };
}

export async function onNotice(message: MessageOf<'log/notice'>, sender: Sender): Promise<Responses['log/notice']> {
  const chosen = notice(message.notice);
  if (!noticesFor(message.moment).includes(chosen)) throw new LogStoreError('invalid-entry', `"${chosen.id}" is not offered at "${message.moment}"`);
  const hash = noticeTextHash(noticeText(rulesFor(CATALOGUE, message.moment), message.language));
  const common = await entryCommon(await noticeWhere(message, sender), hash, '');
  return (await logStore()).append({ ...chosen.fields, ...common });
}

export async function onAppend(message: MessageOf<'log/append'>): Promise<Responses['log/append']> {
  if (message.fields.kind === 'retention-deleted') throw new LogStoreError('invalid-entry', 'only retention itself logs a deletion');
  const common = await entryCommon(await sessionWhere(message.session), null, message.note);
  // Common fields last: the page cannot set the time, staff or catalogue through `fields`.
  return (await logStore()).append({ ...message.fields, ...common } as EntryDraft);
}

export async function onRegisterCode(message: MessageOf<'log/register-code'>): Promise<Responses['log/register-code']> {
  const text = message.code.trim().toLowerCase();
  const full = /^[0-9a-f]{64}$/.test(text) ? text : null;
  const short = full === null ? normalizeShortCode(text) : null;
  if (full === null && short === null) throw new LogStoreError('invalid-entry', 'not a recording code: expected 12 or 64 hex digits; nothing was written');
  const common = await entryCommon(await sessionWhere(message.session), null, message.note);
  return (await logStore()).append({ kind: 'recording-registered', party: message.party, code: full, shortCode: short, ...common });
}

export async function onExport(message: MessageOf<'log/export'>): Promise<Responses['log/export']> {
  const store = await logStore();
  return message.session === null ? store.exportAll() : store.exportSession(message.session);
}

export async function onOpenLog(): Promise<null> {
  await browser.tabs.create({ url: browser.runtime.getURL('/log.html') });
  return null;
}

/** At call end the head is signed (a checkpoint), and on request the log page opens on the receipt
 *  for the client: an extension page, so the call page never sees it. */
export async function onCallEnd(message: MessageOf<'log/call-end'>): Promise<null> {
  await (await logStore()).checkpoint(null);
  if (message.open) await browser.tabs.create({ url: browser.runtime.getURL('/log.html#receipt') });
  return null;
}

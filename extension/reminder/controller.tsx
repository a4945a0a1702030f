// Ties the call monitor to the overlay: reports state to the background, decides what to show, and
// renders the reminder in a closed shadow root so the page cannot read or script it.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Language, Moment } from '../../shared/rules/index.ts';
import { watchCall, type PageCallState } from '../detect/call-monitor.ts';
import { indicatorBoxes } from '../detect/indicators.ts';
import type { PlatformAdapter } from '../platforms/types.ts';
import { notice, type NoticeId } from '../flows/notices.ts';
import { quickAction, type QuickActionId } from '../quick-actions.ts';
import { send } from '../send.ts';
import type { ReminderSettings } from '../settings/types.ts';
import { Reminder } from '../ui/reminder/Reminder.tsx';
import { REMINDER_CSS } from '../ui/reminder/styles.ts';
import { t, type StringKey } from '../ui/strings.ts';
import { reminderEvent } from './transitions.ts';

interface View {
  visible: boolean;
  moment: Moment;
  prompt: StringKey | null;
  activeAction: QuickActionId | null;
  collapsed: boolean;
  logStatus: string;
}

/** The background refuses longer cue descriptions (messages.ts); cut, not dropped. */
const MAX_CUE_CHARS = 300;
const bounded = (cue: string | null): string | null => (cue === null ? null : cue.slice(0, MAX_CUE_CHARS));

function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function runReminder(ctx: ContentScriptContext, adapter: PlatformAdapter, language: Language, settings: ReminderSettings): Promise<void> {
  let view: View = { visible: false, moment: 'call-start', prompt: null, activeAction: null, collapsed: settings.startCollapsed, logStatus: '' };
  let meetingKey: string | null = null;
  let meetingId: string | null = null;
  // Calls whose URL names no meeting (Teams inside its app) get a random id per call instead.
  let anonymousCallId = randomId();

  const ui = await createShadowRootUi(ctx, {
    name: 'opnamepact-reminder',
    position: 'inline',
    // On <html>, not <body>: single-page apps replace the body's content wholesale.
    anchor: () => document.documentElement,
    mode: 'closed',
    isolateEvents: true,
    css: REMINDER_CSS,
    onMount: (container) => container,
    onRemove: (container) => {
      if (container !== undefined) render(null, container);
    },
  });

  const update = (next: Partial<View>): void => {
    view = { ...view, ...next };
    if (!view.visible) {
      ui.remove();
      return;
    }
    if (ui.mounted === undefined) ui.mount();
    const container = ui.mounted;
    if (container === undefined) return;
    render(
      <Reminder
        language={language}
        moment={view.moment}
        prompt={view.prompt === null ? '' : t(view.prompt, language)}
        activeAction={view.activeAction}
        collapsed={view.collapsed}
        logStatus={view.logStatus}
        host={ui.shadowHost}
        indicatorBoxes={() => indicatorBoxes(adapter)}
        onToggle={() => update({ collapsed: !view.collapsed })}
        onDismiss={dismiss}
        onQuickAction={onQuickAction}
        onNotice={onNotice}
        onOpenLog={() => void send({ type: 'log/open' })}
      />,
      container,
    );
  };

  const dismiss = (): void => {
    update({ visible: false });
    if (meetingKey !== null && view.moment !== 'call-end') void send({ type: 'reminder/dismiss', meetingKey });
  };

  const onQuickAction = (id: QuickActionId): void => {
    const { moment } = quickAction(id);
    update({ moment, activeAction: id, prompt: null, collapsed: false, logStatus: '' });
  };

  const onNotice = (id: NoticeId): void => {
    const label = notice(id).label[language];
    send({ type: 'log/notice', notice: id, moment: view.moment, language, tabId: null }).then(
      (entry) => update({ logStatus: `${t('logged', language)}: ${label} (#${entry.seq})` }),
      (error: unknown) => update({ logStatus: `${t('logFailed', language)}: ${error instanceof Error ? error.message : String(error)}` }),
    );
  };

  const onChange = async (state: PageCallState, previous: PageCallState | null): Promise<void> => {
    const urlMeetingId = adapter.meeting(state.url).meetingId;
    if (state.phase === 'in-call' && previous?.phase !== 'in-call' && urlMeetingId === null) anonymousCallId = randomId();
    const nextMeetingId = urlMeetingId ?? anonymousCallId;
    const meetingChanged = meetingId !== null && nextMeetingId !== meetingId && state.phase === 'in-call';
    if (state.phase === 'in-call' || meetingId === null) meetingId = nextMeetingId;
    // If the background cannot answer, remind anyway: a missed reminder costs more than a repeated one.
    const cues = { phase: bounded(state.cues.phase), recording: bounded(state.cues.recording), fallbackOnly: state.cues.fallbackOnly, override: state.cues.override };
    const reply = await send({ type: 'call/state', phase: state.phase, recording: state.recording, meetingId, cues }).catch(
      () => ({ meetingKey: null, dismissed: false }),
    );
    meetingKey = reply.meetingKey;
    const event = reminderEvent({ previous, current: state, meetingChanged }, settings);
    if (event.kind === 'hide') update({ visible: false });
    if (event.kind !== 'show' || (event.respectDismissal && reply.dismissed)) return;
    const collapsed = event.moment === 'call-start' ? settings.startCollapsed : false;
    update({ visible: true, moment: event.moment, prompt: event.prompt, activeAction: null, collapsed, logStatus: '' });
  };

  // A page that rebuilds its document can still drop the host; put the same host (and its live
  // Preact tree) back rather than losing the reminder.
  ctx.setInterval(() => {
    if (view.visible && !ui.shadowHost.isConnected) document.documentElement.append(ui.shadowHost);
  }, 1000);

  let queue = Promise.resolve();
  watchCall(ctx, adapter, (state, previous) => {
    // Serialised, so that a slow reply never lets an older state overwrite a newer one; a failure
    // in one change must not stop the queue for the rest of the call.
    queue = queue.then(() => onChange(state, previous)).catch(() => undefined);
  });
}

// The reminder overlay: the rules that matter now, a live prompt, quick actions and the chat
// announcement. A non-modal region: it never takes focus away from the call by itself.
import { useEffect, useRef } from 'preact/hooks';
import type { Language, Moment } from '../../../shared/rules/index.ts';
import type { NoticeId } from '../../flows/notices.ts';
import type { QuickActionId } from '../../quick-actions.ts';
import { NoticeButtons } from '../NoticeButtons.tsx';
import { QuickActions } from '../QuickActions.tsx';
import { RuleList } from '../RuleList.tsx';
import { t } from '../strings.ts';
import { CopyAnnouncement } from './CopyAnnouncement.tsx';
import { useMovable } from './use-movable.ts';

export interface ReminderProps {
  language: Language;
  moment: Moment;
  prompt: string;
  activeAction: QuickActionId | null;
  collapsed: boolean;
  logStatus: string;
  onToggle(): void;
  onDismiss(): void;
  onQuickAction(id: QuickActionId): void;
  onNotice(id: NoticeId): void;
  onOpenLog(): void;
}

export function Reminder(props: ReminderProps) {
  const { language, collapsed } = props;
  const { offset, handleProps } = useMovable();
  const panel = useRef<HTMLElement>(null);
  // A new moment (often chosen with a quick action at the bottom) shows its log buttons at the top.
  useEffect(() => {
    if (panel.current !== null) panel.current.scrollTop = 0;
  }, [props.moment]);
  // Where keyboard focus came from in the call page, to give it back when the reminder closes.
  const returnFocus = useRef<HTMLElement | null>(null);
  const onFocusIn = (event: FocusEvent) => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && panel.current?.contains(from) !== true) returnFocus.current = from;
  };
  const dismiss = () => {
    const target = returnFocus.current;
    props.onDismiss();
    if (target?.isConnected === true) target.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    if (collapsed) dismiss();
    else props.onToggle();
  };
  return (
    <section
      class="panel"
      role="region"
      aria-label={t('regionLabel', language)}
      lang={language}
      ref={panel}
      style={{ transform: `translate(${offset.x}px, ${offset.y}px)` }}
      onKeyDown={onKeyDown}
      onFocusIn={onFocusIn}
    >
      <div class="bar">
        <button type="button" class="handle" aria-label={t('move', language)} title={t('move', language)} {...handleProps}>
          ⠿
        </button>
        <h2>{t('title', language)}</h2>
        <button type="button" data-toggle aria-expanded={!collapsed} aria-label={collapsed ? t('expand', language) : t('collapse', language)} onClick={props.onToggle}>
          {collapsed ? '▸' : '▾'}
        </button>
        <button type="button" data-dismiss aria-label={t('dismiss', language)} title={t('dismiss', language)} onClick={dismiss}>
          ✕
        </button>
      </div>
      <div class="body" hidden={collapsed}>
        <p class="prompt" aria-live="polite" data-prompt>
          {props.prompt}
        </p>
        <NoticeButtons language={language} moment={props.moment} status={props.logStatus} onNotice={props.onNotice} onOpenLog={props.onOpenLog} />
        <RuleList moment={props.moment} language={language} />
        <QuickActions language={language} active={props.activeAction} onAction={props.onQuickAction} />
        <CopyAnnouncement language={language} />
      </div>
    </section>
  );
}

// The reminder overlay: the rules that matter now, a live prompt, quick actions and the chat
// announcement. A non-modal region: it never takes focus away from the call by itself. It keeps
// off the platform's recording indicators, and a click that logs or closes counts only when the
// panel was still and uncovered (click-guard.ts).
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Language, Moment } from '../../../shared/rules/index.ts';
import type { NoticeId } from '../../flows/notices.ts';
import type { QuickActionId } from '../../quick-actions.ts';
import { NoticeButtons } from '../NoticeButtons.tsx';
import { QuickActions } from '../QuickActions.tsx';
import { RuleList } from '../RuleList.tsx';
import { t } from '../strings.ts';
import { createClickGuard, type ClickGuard, type Refusal } from './click-guard.ts';
import { CopyAnnouncement } from './CopyAnnouncement.tsx';
import type { Box } from './placement.ts';
import { useMovable } from './use-movable.ts';
import { usePlacement } from './use-placement.ts';

/** The buttons whose click writes the log or closes the reminder for the call. */
const GUARDED = '[data-notice], [data-dismiss]';

const REFUSAL_TEXT = { 'too-soon': 'clickTooSoon', covered: 'clickCovered' } as const;

export interface ReminderProps {
  language: Language;
  moment: Moment;
  prompt: string;
  activeAction: QuickActionId | null;
  collapsed: boolean;
  logStatus: string;
  /** The shadow root's host in the page: what a click on the panel must hit first. */
  host: Element;
  /** The platform's recording indicators and banners, in viewport coordinates. */
  indicatorBoxes(): readonly Box[];
  onToggle(): void;
  onDismiss(): void;
  onQuickAction(id: QuickActionId): void;
  onNotice(id: NoticeId): void;
  onOpenLog(): void;
}

export function Reminder(props: ReminderProps) {
  const { language } = props;
  const panel = useRef<HTMLElement>(null);
  const { preferred, handleProps } = useMovable(() => {
    const box = panel.current?.getBoundingClientRect();
    return { x: box?.left ?? 0, y: box?.top ?? 0 };
  });
  const placement = usePlacement(panel, preferred, props.indicatorBoxes);
  const pill = placement?.pill === true;
  const collapsed = props.collapsed || pill;

  const guard = useRef<ClickGuard | null>(null);
  const [settled, setSettled] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  useLayoutEffect(() => {
    if (panel.current === null) return undefined;
    const created = createClickGuard(panel.current, props.host, setSettled);
    guard.current = created;
    return () => created.disconnect();
  }, [props.host]);
  // Appearing, moving and new content all restart the settle time.
  useLayoutEffect(() => guard.current?.changed(), [props.moment, props.prompt, collapsed, placement?.x, placement?.y]);

  const onClickCapture = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest(GUARDED) : null;
    if (button === null) return;
    const why = guard.current === null ? 'too-soon' : guard.current.refusal(event, button);
    setRefusal(why);
    if (why === null) return;
    event.stopPropagation();
    event.preventDefault();
  };
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
      class={pill ? 'panel pill' : 'panel'}
      role="region"
      aria-label={t('regionLabel', language)}
      lang={language}
      ref={panel}
      data-settled={settled}
      style={placement === null ? { visibility: 'hidden' } : { transform: `translate(${placement.x}px, ${placement.y}px)` }}
      onClickCapture={onClickCapture}
      onKeyDown={onKeyDown}
      onFocusIn={onFocusIn}
    >
      <div class="bar">
        <button type="button" class="handle" aria-label={t('move', language)} title={t('move', language)} {...handleProps}>
          ⠿
        </button>
        <h2>{t('title', language)}</h2>
        {pill ? (
          // Nothing to open into: every spot for the open panel would cover a recording notice.
          <button type="button" data-toggle aria-expanded="false" aria-disabled="true" aria-label={t('pillNote', language)} title={t('pillNote', language)}>
            ▸
          </button>
        ) : (
          <button type="button" data-toggle aria-expanded={!collapsed} aria-label={collapsed ? t('expand', language) : t('collapse', language)} onClick={props.onToggle}>
            {collapsed ? '▸' : '▾'}
          </button>
        )}
        <button type="button" data-dismiss aria-label={t('dismiss', language)} title={t('dismiss', language)} onClick={dismiss}>
          ✕
        </button>
      </div>
      <p class="guard" role="status" data-guard-status>
        {refusal === null ? '' : t(REFUSAL_TEXT[refusal], language)}
      </p>
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

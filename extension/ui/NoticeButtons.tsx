// The one-click log buttons for the moment shown, shared by the reminder and the popup, with a
// status line that says what was logged (or why not).
import type { Language, Moment } from '../../shared/rules/index.ts';
import { noticesFor, type NoticeId } from '../flows/notices.ts';
import { ReceiptButton } from './receipt/ReceiptButton.tsx';
import { t } from './strings.ts';

interface Props {
  language: Language;
  moment: Moment;
  status: string;
  onNotice(id: NoticeId): void;
  onOpenLog(): void;
}

export function NoticeButtons({ language, moment, status, onNotice, onOpenLog }: Props) {
  const notices = noticesFor(moment);
  return (
    <>
      {notices.length > 0 && <h3>{t('logThis', language)}</h3>}
      <div class="actions">
        {notices.map((notice) => (
          <button type="button" key={notice.id} data-notice={notice.id} onClick={() => onNotice(notice.id)}>
            {notice.label[language]}
          </button>
        ))}
        <button type="button" data-open-log onClick={onOpenLog}>
          {t('openLog', language)}
        </button>
        {moment === 'call-end' && <ReceiptButton language={language} />}
      </div>
      <p class="status" role="status" data-log-status>
        {status}
      </p>
    </>
  );
}

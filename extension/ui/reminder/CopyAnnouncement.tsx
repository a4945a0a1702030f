// Copies the ready announcement for the call's chat; if the clipboard refuses, shows the text to
// select by hand.
import { useState } from 'preact/hooks';
import { CATALOGUE, type Language } from '../../../shared/rules/index.ts';
import { t } from '../strings.ts';

type Status = 'idle' | 'copied' | 'failed';

export function CopyAnnouncement({ language }: { language: Language }) {
  const [status, setStatus] = useState<Status>('idle');
  const text = CATALOGUE.announcement[language];
  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setStatus('copied'),
      () => setStatus('failed'),
    );
  };
  return (
    <>
      <button type="button" class="copy" data-copy-announcement onClick={copy}>
        {t('copyAnnouncement', language)}
      </button>
      <p class="status" role="status">
        {status === 'copied' ? t('copied', language) : status === 'failed' ? t('copyFailed', language) : ''}
      </p>
      {status === 'failed' && <textarea readOnly rows={5} aria-label={t('copyAnnouncement', language)} value={text} />}
    </>
  );
}

// The way to the verifier page shipped in the extension, from the popup and the log page. A link in
// a new tab, so the log page (or the call) stays where it was.
import type { Language } from '../../shared/rules/index.ts';
import { t } from './strings.ts';

const VERIFIER_PAGE = '/verifier.html';

export function VerifierLink({ language }: { language: Language }) {
  return (
    <a href={VERIFIER_PAGE} target="_blank" rel="noopener" data-open-verifier>
      {t('checkRecording', language)}
    </a>
  );
}

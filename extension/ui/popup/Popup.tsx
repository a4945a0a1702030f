// The popup: what the current tab is (platform, in a call or not, what detection rests on), the
// quick actions with the rules for the chosen situation, one-click log buttons for it, and the way
// to the log and verifier pages.
import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../../shared/rules/index.ts';
import { notice, type NoticeId } from '../../flows/notices.ts';
import type { TabCallState } from '../../messages.ts';
import { platformName } from '../../platforms/index.ts';
import { quickAction, type QuickActionId } from '../../quick-actions.ts';
import { send } from '../../send.ts';
import { NoticeButtons } from '../NoticeButtons.tsx';
import { QuickActions } from '../QuickActions.tsx';
import { RuleList } from '../RuleList.tsx';
import { t } from '../strings.ts';
import { VerifierLink } from '../VerifierLink.tsx';
import { DetectionHealth } from './DetectionHealth.tsx';

interface Props {
  language: Language;
  tabId: number | null;
  openOptions(): void;
}

function describe(state: TabCallState | null, language: Language): string {
  if (state === null || state.phase === 'none') return t('popupNoCall', language);
  const phase = state.phase === 'in-call' ? t('popupInCall', language) : state.phase === 'waiting' ? t('popupWaiting', language) : t('popupNotInCall', language);
  const recording = state.recording ? ` · ${t('popupRecording', language)}` : '';
  return `${platformName(state.platform)}: ${phase}${recording}`;
}

export function Popup({ language, tabId, openOptions }: Props) {
  const [state, setState] = useState<TabCallState | null>(null);
  const [active, setActive] = useState<QuickActionId | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (tabId !== null) void send({ type: 'tab/state', tabId }).then(setState);
  }, [tabId]);

  // Before a quick action is chosen, the popup offers what fits any call: concerns discussed.
  const moment = active === null ? 'call-start' : quickAction(active).moment;
  const onNotice = (id: NoticeId) => {
    send({ type: 'log/notice', notice: id, moment, language, tabId }).then(
      () => setStatus(`${t('logged', language)}: ${notice(id).label[language]}`),
      (error: unknown) => setStatus(`${t('logFailed', language)}: ${error instanceof Error ? error.message : String(error)}`),
    );
  };

  return (
    <main lang={language}>
      <h1>Opnamepact</h1>
      <p data-tab-state>{describe(state, language)}</p>
      {state !== null && state.phase !== 'none' && <DetectionHealth cues={state.cues} language={language} />}
      <QuickActions language={language} active={active} onAction={(id) => (setActive(id), setStatus(''))} />
      {active !== null && <RuleList moment={moment} language={language} />}
      <NoticeButtons language={language} moment={moment} status={status} onNotice={onNotice} onOpenLog={() => void send({ type: 'log/open' })} />
      <p>
        <VerifierLink language={language} />
      </p>
      <button type="button" onClick={openOptions}>
        {t('options', language)}
      </button>
    </main>
  );
}

// One presented copy of a case: its file picker and progress, and what it has become (nothing yet,
// still being fingerprinted or decoded, stopped, or ready with its fingerprint file's text). A case
// holds any number; only ready ones are in it.
import { useEffect } from 'preact/hooks';
import type { Lang } from '../../../shared/report/lang.ts';
import { CaseDecoding } from './case-decoding.tsx';
import type { CaseMessages } from './case-messages.ts';
import { useCaseSide, type CaseSideFile } from './case-side.ts';
import { FilePicker } from '../widgets/file-picker.tsx';
import type { PageMessages } from '../messages.ts';
import { SideStatus } from '../widgets/side-status.tsx';

export type SlotState = { phase: 'empty' } | { phase: 'busy' } | { phase: 'stopped' } | { phase: 'ready'; side: CaseSideFile };

interface Props {
  index: number;
  t: CaseMessages;
  page: PageMessages;
  lang: Lang;
  onChange: (index: number, state: SlotState) => void;
}

export function CopySlot({ index, t, page, lang, onChange }: Props) {
  const caseSide = useCaseSide(false);
  const { side, ready, completion } = caseSide;
  const phase = side.state.phase;
  const stopped = completion.phase === 'stopped';
  const inputId = index === 0 ? 'case-copy-file' : `case-copy-file-${index + 1}`;
  useEffect(() => {
    onChange(index, ready ? { phase: 'ready', side: ready } : stopped ? { phase: 'stopped' } : phase === 'working' || phase === 'ready' ? { phase: 'busy' } : { phase: 'empty' });
  }, [ready, phase, stopped]);
  return (
    <div class="side">
      <FilePicker
        id={inputId}
        label={index === 0 ? t.copy : t.anotherCopy(index + 1)}
        hint={t.copyHint}
        disabled={phase === 'working'}
        onFile={side.load}
      />
      <SideStatus side={side} t={page} lang={lang} />
      <CaseDecoding caseSide={caseSide} slot={`copy-${index + 1}`} inputId={inputId} t={t} lang={lang} />
    </div>
  );
}

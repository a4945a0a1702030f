// The complaints handler's case: the log export (and the client's receipts), the original (or its
// fingerprint file) and the presented copy → whose registration the copy's code matches, or none →
// the comparison with its timeline → each edit heard and seen → the evidence bundle. The case runs
// from the fingerprint files' text (shared/case/run-case.ts), as the CLI's `case` does.
import { useEffect, useState } from 'preact/hooks';
import { CaseInputError } from '../../../shared/case/case-error.ts';
import { runCase, type CaseInput, type CaseResult } from '../../../shared/case/run-case.ts';
import type { EvidenceBundle } from '../../../shared/bundle/bundle-format.ts';
import { sealBundle } from '../../../shared/bundle/seal-bundle.ts';
import { TOOL } from '../../../shared/bundle/tool.ts';
import type { Lang } from '../../../shared/report/lang.ts';
import { BundleCheckView, BundleDownload } from './case-bundle.tsx';
import { CaseDecoding } from './case-decoding.tsx';
import { CaseEdits } from './case-edits.tsx';
import { CaseLookup } from './case-lookup.tsx';
import { CASE_MESSAGES } from './case-messages.ts';
import { CopySlot, type SlotState } from './case-copy-slot.tsx';
import { useCaseSide } from './case-side.ts';
import { FilePicker } from '../widgets/file-picker.tsx';
import { readExport, type Loaded } from '../log/log-view.tsx';
import type { PageMessages } from '../messages.ts';
import { ReportView } from '../compare/report-view.tsx';
import { SideStatus } from '../widgets/side-status.tsx';

type Outcome = { result: CaseResult; bundle: EvidenceBundle } | { error: string } | 'working' | null;

export function CaseView({ t: page, lang }: { t: PageMessages; lang: Lang }) {
  const t = CASE_MESSAGES[lang];
  const [log, setLog] = useState<Loaded>(null);
  const [receiptText, setReceiptText] = useState('');
  const original = useCaseSide(true);
  const [slots, setSlots] = useState<SlotState[]>([{ phase: 'empty' }]);
  const [shown, setShown] = useState(0);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const a = original.ready;
  const copies = slots.flatMap((slot) => (slot.phase === 'ready' ? [slot.side] : []));
  const busy = slots.some((slot) => slot.phase === 'busy');
  const onSlot = (index: number, state: SlotState): void => setSlots((list) => list.map((old, i) => (i === index ? state : old)));

  useEffect(() => {
    setOutcome(null);
    setShown(0);
    if (log === null || 'error' in log || !a || copies.length === 0 || busy) return;
    let current = true;
    setOutcome('working');
    const input: CaseInput = {
      logExport: log.data,
      receipts: receiptText.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== ''),
      original: { name: a.name, fingerprint: a.fingerprint },
      copies: copies.map((c) => ({ name: c.name, fingerprint: c.fingerprint })),
    };
    runCase(input).then(
      (result) => current && setOutcome({ result, bundle: sealBundle(input, result, { tool: TOOL, createdAt: new Date().toISOString() }) }),
      (e: unknown) => {
        if (!current) return;
        const message = e instanceof Error ? e.message : String(e);
        const what = e instanceof CaseInputError ? (e.what === 'log export' ? log.name : e.what) : a.name;
        setOutcome({ error: `${what}: ${message}` });
      },
    );
    return () => {
      current = false;
    };
  }, [log, receiptText, a, slots]);

  // A stopped recording is not being prepared: it waits, out of the case, for the handler.
  const preparing = (original.side.state.phase === 'ready' && !a && original.completion.phase !== 'stopped') || busy;
  return (
    <div class="view case-view">
      <h2 class="no-print">{t.title}</h2>
      <p class="no-print">{t.intro}</p>
      <div class="pickers no-print">
        <div class="side">
          <FilePicker id="case-log-file" label={t.logFile} hint={t.logHint} accept=".json,application/json" onFile={async (file) => setLog(await readExport(file))} />
          {log && 'error' in log && (
            <p class="error" role="alert">
              {log.error}
            </p>
          )}
          <label for="case-receipts">{t.receipts}</label>
          <textarea id="case-receipts" rows={2} spellcheck={false} aria-describedby="case-receipts-hint" value={receiptText} onInput={(e) => setReceiptText(e.currentTarget.value)} />
          <p id="case-receipts-hint" class="hint">
            {t.receiptsHint}
          </p>
        </div>
        <div class="side">
          <FilePicker id="case-original-file" label={t.original} hint={t.originalHint} disabled={original.side.state.phase === 'working'} onFile={original.side.load} />
          <SideStatus side={original.side} t={page} lang={lang} />
          <CaseDecoding caseSide={original} slot="original" inputId="case-original-file" t={t} lang={lang} />
        </div>
        {slots.map((_, i) => (
          <CopySlot key={i} index={i} t={t} page={page} lang={lang} onChange={onSlot} />
        ))}
      </div>
      <p class="no-print">
        <button type="button" id="case-add-copy" onClick={() => setSlots((list) => [...list, { phase: 'empty' }])}>
          {t.addCopy}
        </button>
      </p>
      {(preparing || outcome === 'working') && <p role="status">{t.preparing}</p>}
      {typeof outcome === 'object' && outcome && 'error' in outcome && (
        <p class="error" role="alert">
          {outcome.error}
        </p>
      )}
      {typeof outcome === 'object' && outcome && 'result' in outcome && (
        <section class="print-area case-result" aria-label={t.title} data-testid="case-result">
          <h2>{t.title}</h2>
          <div class={`verdict ${outcome.result.log.ok ? 'verdict-identical' : 'verdict-edited'}`} data-testid="case-log" data-ok={String(outcome.result.log.ok)}>
            <strong>{outcome.result.log.ok ? t.logOk : t.logBroken}</strong>
            <span>{log && 'name' in log ? log.name : ''}</span>
          </div>
          <CaseLookup title={t.originalTitle(outcome.result.original.name)} lookup={outcome.result.original.lookup} testId="case-original-lookup" t={t} />
          {outcome.result.copies.map((c, i) => (
            <CaseLookup key={i} title={t.copyTitle(c.name)} lookup={c.lookup} testId="case-copy-lookup" t={t} />
          ))}
          {outcome.result.copies.length > 1 && (
            <p class="no-print">
              <label for="case-shown-copy">{t.shownCopy}</label>{' '}
              <select id="case-shown-copy" value={shown} onChange={(e) => setShown(Number(e.currentTarget.value))}>
                {outcome.result.copies.map((c, i) => (
                  <option key={i} value={i}>
                    {c.name}
                  </option>
                ))}
              </select>
            </p>
          )}
          {outcome.result.copies[shown] && (
            <div class="case-copy" key={shown}>
              <ReportView report={outcome.result.copies[shown].report} originalName={outcome.result.original.name} copyName={outcome.result.copies[shown].name} originalFromFingerprint={a?.file === null} t={page} lang={lang} />
              <CaseEdits report={outcome.result.copies[shown].report} original={a?.file ?? null} copy={copies[shown]?.file ?? null} t={t} page={page} />
            </div>
          )}
          <BundleDownload bundle={outcome.bundle} t={t} />
        </section>
      )}
      <BundleCheckView t={t} />
    </div>
  );
}

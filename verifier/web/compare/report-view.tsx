// The comparison result, laid out to print as the report for a complaint file: verdict banner,
// both files, the timeline, the edit list. Print CSS hides everything else on the page.
import type { CompareReport, FileSummary } from '../../../shared/compare/report.ts';
import { shortCode } from '../../../shared/fingerprint/short-code.ts';
import { basisLineText } from '../../../shared/report/basis-text.ts';
import { COMPARE_MESSAGES } from '../../../shared/report/compare-messages.ts';
import { uncomparedText } from '../../../shared/report/uncompared-text.ts';
import { formatCount, formatDuration, formatTime } from '../../../shared/report/format-values.ts';
import type { Lang } from '../../../shared/report/lang.ts';
import { layerFindingsText, skippedTexts } from '../../../shared/report/provenance-text.ts';
import { EditTable } from './edit-table.tsx';
import type { PageMessages } from '../messages.ts';
import { Timeline } from './timeline.tsx';
import { TrackList } from './track-list.tsx';
import { PrintButton } from '../widgets/print-button.tsx';

interface Props {
  report: CompareReport;
  originalName: string;
  copyName: string;
  originalFromFingerprint: boolean;
  t: PageMessages;
  lang: Lang;
}

export function ReportView({ report, originalName, copyName, originalFromFingerprint, t, lang }: Props) {
  const words = COMPARE_MESSAGES[lang];
  const resolution = report.resolution;
  const showResolution = resolution !== undefined && report.edits.length > 0 && resolution >= (report.unit === 'seconds' ? 0.05 : 1);
  return (
    <section class="report print-area" aria-labelledby="report-title" data-testid="report">
      <h2 id="report-title">{t.reportTitle}</h2>
      <div class={`verdict verdict-${report.verdict}`} role="status" data-testid="verdict" data-verdict={report.verdict}>
        <strong>{report.verdict === 'same-content' && report.uncompared ? words.sameButUncompared : words.verdict[report.verdict]}</strong>
        <span data-testid="basis-line">{basisLineText(report, lang)}</span>
        {layerFindingsText(report, lang) && <span data-testid="layer-findings">{layerFindingsText(report, lang)}</span>}
      </div>
      {report.uncompared?.map((u) => (
        <p class="warning" role="alert" data-testid="uncompared-track">
          {uncomparedText(u, lang)}
        </p>
      ))}
      {skippedTexts(report, lang).map((text) => (
        <p class="warning" role="alert" data-testid="skipped-bytes">
          {text}
        </p>
      ))}
      <dl class="files">
        <FileRow label={t.original} name={originalFromFingerprint ? `${originalName} (${t.fromFingerprint})` : originalName} file={report.original} t={t} lang={lang} />
        <FileRow label={t.copyLabel} name={copyName} file={report.copy} t={t} lang={lang} />
      </dl>
      <TrackList report={report} lang={lang} />
      {report.verdict !== 'identical' && report.verdict !== 'unrelated' && report.verdict !== 'cannot-tell' && (
        <>
          <h3>{t.timelineTitle}</h3>
          <Timeline report={report} t={t} lang={lang} />
          <h3>{t.editsTitle}</h3>
          <EditTable report={report} t={t} lang={lang} />
          {showResolution && (
            <p class="hint">{words.resolution(report.unit === 'seconds' ? formatDuration(resolution, lang) : `${formatCount(resolution, lang)} ${words.bytes}`)}</p>
          )}
        </>
      )}
      <p class="printed-at">{new Date().toISOString().replace('T', ' ').slice(0, 19)} UTC</p>
      <PrintButton label={t.print} />
    </section>
  );
}

function FileRow({ label, name, file, t, lang }: { label: string; name: string; file: FileSummary; t: PageMessages; lang: Lang }) {
  const words = COMPARE_MESSAGES[lang];
  const facts = [`${formatCount(file.bytes, lang)} ${words.bytes}`, file.container ?? words.unknownContainer];
  if (file.duration !== null) facts.push(`${words.duration} ${formatTime(file.duration)}`);
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <span class="file-name">{name}</span>
        <br />
        {t.code}: <code class="short">{shortCode(file.sha256)}</code> <code class="code">{file.sha256}</code>
        <br />
        {facts.join(', ')}
      </dd>
    </>
  );
}

// The evidence bundle in the page: sealed from the case's inputs and result, downloaded through a
// blob: link (nothing leaves the device), its SHA-256 shown so it prints with the report; and a
// bundle chosen later checked again (shared/bundle/verify-bundle.ts, as the CLI checks it).
import { useState } from 'preact/hooks';
import { bundleText } from '../../../shared/bundle/seal-bundle.ts';
import type { EvidenceBundle } from '../../../shared/bundle/bundle-format.ts';
import { BundleFormatError, verifyBundle, type BundleCheck } from '../../../shared/bundle/verify-bundle.ts';
import type { CaseMessages } from './case-messages.ts';
import { saveJson } from '../hashing/download-fingerprint.ts';
import { FilePicker } from '../widgets/file-picker.tsx';

export function bundleFileName(bundle: EvidenceBundle): string {
  return `opnamepact-${bundle.createdAt.slice(0, 10)}-${bundle.sha256.slice(0, 12)}.bundle.json`;
}

export function BundleDownload({ bundle, t }: { bundle: EvidenceBundle; t: CaseMessages }) {
  const download = (): void => saveJson(bundleFileName(bundle), bundleText(bundle));
  return (
    <section class="case-bundle" aria-labelledby="case-bundle-title">
      <h3 id="case-bundle-title">{t.bundleTitle}</h3>
      <p>
        {t.bundleHash}: <code class="code" data-testid="bundle-sha256">{bundle.sha256}</code>
      </p>
      <p class="no-print">
        <button type="button" id="download-bundle" onClick={download}>
          {t.downloadBundle}
        </button>
      </p>
    </section>
  );
}

type Checked = { name: string; check: BundleCheck } | { error: string } | null;

export function BundleCheckView({ t }: { t: CaseMessages }) {
  const [checked, setChecked] = useState<Checked>(null);
  const onFile = async (file: File): Promise<void> => {
    setChecked(null);
    try {
      setChecked({ name: file.name, check: await verifyBundle(await file.text()) });
    } catch (e) {
      if (!(e instanceof BundleFormatError)) throw e;
      setChecked({ error: `${file.name}: ${e.message}` });
    }
  };
  return (
    <div class="no-print">
      <FilePicker id="bundle-file" label={t.checkBundle} hint={t.checkBundleHint} accept=".json,application/json" onFile={(file) => void onFile(file)} />
      {checked && 'error' in checked && (
        <p class="error" role="alert">
          {checked.error}
        </p>
      )}
      {checked && 'check' in checked && (
        <div class={`verdict ${checked.check.ok ? 'verdict-identical' : 'verdict-edited'}`} role="status" data-testid="bundle-check" data-ok={String(checked.check.ok)}>
          <strong>{checked.check.ok ? t.bundleOk : t.bundleBroken}</strong>
          <span>
            {checked.name} · SHA-256 <code>{checked.check.sha256}</code> · {checked.check.tool}
          </span>
          {checked.check.problems.length > 0 && (
            <ul>
              {checked.check.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

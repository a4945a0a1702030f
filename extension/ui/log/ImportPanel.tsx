// Checks an export chosen by the staff member: the background verifies it (chain, signatures,
// times) and compares it with the live log, which it only reads. Broken logs and unreadable files
// get one clear line each.
import { useState } from 'preact/hooks';
import { groupHex } from '../../../shared/consent/receipt.ts';
import type { Language } from '../../../shared/rules/index.ts';
import type { ImportResult } from '../../log/store.ts';
import { send } from '../../send.ts';
import { lt } from './page-strings.ts';

function summary(result: ImportResult, language: Language): string {
  const { check, live } = result;
  const { chain, signatures } = check;
  if (!chain.ok) {
    const at = chain.firstBroken.seq === undefined ? `item ${chain.firstBroken.index + 1}` : `#${chain.firstBroken.seq}`;
    return `${lt('importBroken', language)}: ${at}: ${chain.firstBroken.reason}`;
  }
  if (signatures.state === 'broken') return `${lt('importBroken', language)}: ${signatures.problem}`;
  const signed = signatures.state === 'verified' ? ` · ${lt('importSigned', language)} ${groupHex(signatures.keyFingerprint, 16)}` : ` · ${lt('importUnsigned', language)}`;
  const backwards = check.timeWarnings.length === 0 ? '' : ` · ${lt('importBackwards', language)}: ${check.timeWarnings.map((warning) => `#${warning.seq}`).join(', ')}`;
  const compared = live === null ? '' : ` · ${lt('importLive', language)}: ${live.same} =, ${live.absent} ∅${live.firstDifferent === null ? '' : `, ≠ #${live.firstDifferent}`}`;
  return `${lt('importIntact', language)} (${chain.entries}) · ${lt('head', language)} ${chain.head}${signed}${backwards}${compared}`;
}

export function ImportPanel({ language }: { language: Language }) {
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const onFile = (file: File | undefined) => {
    if (file === undefined) return;
    file
      .text()
      .then((text) => send({ type: 'log/import', text }))
      .then(
        (imported) => setResult({ ok: imported.check.ok, text: summary(imported, language) }),
        (error: unknown) => setResult({ ok: false, text: `${file.name}: ${error instanceof Error ? error.message.replace(/^"log\/import" failed: /, '') : String(error)}` }),
      );
  };

  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{lt('import', language)}</h2>
      <label for="import-file">
        {lt('importFile', language)} <input id="import-file" type="file" accept=".json,application/json" onChange={(event) => onFile(event.currentTarget.files?.[0])} />
      </label>
      {result !== null && (
        <p class={result.ok ? 'match' : 'mismatch'} role="status" data-import-result={result.ok ? 'ok' : 'broken'}>
          {result.text} {lt('importUntouched', language)}
        </p>
      )}
    </section>
  );
}

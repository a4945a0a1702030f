// Export of the whole log or the chosen session as JSON (a download from a blob URL), and the
// printable page of the session.
import { useRef, useState } from 'preact/hooks';
import type { SessionKey } from '../../../shared/consent/export-format.ts';
import type { Language } from '../../../shared/rules/index.ts';
import { send } from '../../send.ts';
import { downloadText } from './download.ts';
import { lt } from './page-strings.ts';

interface Props {
  language: Language;
  session: SessionKey | null;
  openPrint(session: SessionKey): void;
}

/** Names carry no case reference (F11): the Downloads folder and its history are not the log. */
function fileName(session: SessionKey | null, exportedAt: string): string {
  const stamp = exportedAt.replace(/[:.]/g, '-');
  return session === null ? `opnamepact-log-${stamp}.json` : `opnamepact-session-${stamp}.json`;
}

export function ExportPanel({ language, session, openPrint }: Props) {
  const link = useRef<HTMLAnchorElement>(null);
  const [status, setStatus] = useState('');

  const exportJson = (scope: SessionKey | null) => {
    send({ type: 'log/export', session: scope }).then(
      (exported) => {
        if (exported === null || link.current === null) return setStatus(lt('noSession', language));
        downloadText(fileName(scope, exported.exportedAt), `${JSON.stringify(exported, null, 2)}\n`, link.current);
        setStatus(`${exported.entries.length} · ${lt('head', language)} ${exported.head}`);
      },
      (error: unknown) => setStatus(`${lt('failed', language)}: ${error instanceof Error ? error.message : String(error)}`),
    );
  };

  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{lt('export', language)}</h2>
      <div class="row">
        <button type="button" data-export-all onClick={() => exportJson(null)}>
          {lt('exportAll', language)}
        </button>
        {session !== null && (
          <>
            <button type="button" data-export-session onClick={() => exportJson(session)}>
              {lt('exportSession', language)}
            </button>
            <button type="button" data-print onClick={() => openPrint(session)}>
              {lt('print', language)}
            </button>
          </>
        )}
      </div>
      <p class="status" role="status">
        <a ref={link} data-export-link href="#" hidden={status === ''}>
          {lt('download', language)}
        </a>{' '}
        <span data-export-status>{status}</span>
      </p>
    </section>
  );
}

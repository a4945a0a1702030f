// The page: a language switch and four views (client, complaints handler's comparison and case,
// consent log). Views stay mounted when hidden, so switching tabs never loses a result or stops a
// running job.
import { useLayoutEffect, useState } from 'preact/hooks';
import type { Lang } from '../../shared/report/lang.ts';
import { CaseView } from './case/case-view.tsx';
import { ClientView } from './client/client-view.tsx';
import { CompareView } from './compare/compare-view.tsx';
import { LogView } from './log/log-view.tsx';
import { PAGE_MESSAGES } from './messages.ts';

type Tab = 'client' | 'compare' | 'case' | 'log';
const TABS: readonly Tab[] = ['client', 'compare', 'case', 'log'];

/** `initialLang`: the extension opens the page in the language of its settings. */
export function App({ initialLang = 'nl' }: { initialLang?: Lang }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [tab, setTab] = useState<Tab>('client');
  const t = PAGE_MESSAGES[lang];
  // Before the first paint: a screen reader (and a test) meets the page in its language from the start.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.title;
  }, [lang, t]);
  return (
    <>
      <header class="no-print">
        <h1>{t.title}</h1>
        <button type="button" id="language" lang={lang === 'nl' ? 'en' : 'nl'} onClick={() => setLang(lang === 'nl' ? 'en' : 'nl')}>
          {t.otherLanguage}
        </button>
      </header>
      <main>
        <p class="no-print">{t.intro}</p>
        <p class="privacy no-print">{t.privacy}</p>
        <nav class="tabs no-print" aria-label={t.title}>
          {TABS.map((id) => (
            <button key={id} type="button" id={`tab-${id}`} aria-pressed={tab === id} onClick={() => setTab(id)}>
              {t.tabs[id]}
            </button>
          ))}
        </nav>
        <div hidden={tab !== 'client'}>
          <ClientView t={t} lang={lang} />
        </div>
        <div hidden={tab !== 'compare'}>
          <CompareView t={t} lang={lang} />
        </div>
        <div hidden={tab !== 'case'}>
          <CaseView t={t} lang={lang} />
        </div>
        <div hidden={tab !== 'log'}>
          <LogView t={t} lang={lang} />
        </div>
      </main>
    </>
  );
}

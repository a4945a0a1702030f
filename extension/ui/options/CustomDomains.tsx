// Adding a custom call domain asks the browser for that one host permission, at the moment the
// staff member clicks (permissions.request needs the click); removing it gives the permission back.
// Domains set by the organisation cannot be removed here, but still need the user's grant once.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Language } from '../../../shared/rules/index.ts';
import { isHostName, originPattern as origin } from '../../settings/sanitize.ts';
import { t } from '../strings.ts';

interface Props {
  language: Language;
  domains: readonly string[];
  locked: boolean;
  onChange(domains: string[]): void;
}

export function CustomDomains({ language, domains, locked, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const [granted, setGranted] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    void Promise.all(domains.map(async (host) => ((await browser.permissions.contains({ origins: [origin(host)] })) ? host : null))).then((hosts) =>
      setGranted(new Set(hosts.filter((host): host is string => host !== null))),
    );
  }, [domains]);

  const grant = async (host: string): Promise<boolean> => {
    if (!(await browser.permissions.request({ origins: [origin(host)] }))) {
      setError(t('permissionDenied', language));
      return false;
    }
    setError('');
    return true;
  };

  const add = async (event: Event) => {
    event.preventDefault();
    const host = draft.trim().toLowerCase();
    if (!isHostName(host)) {
      setError(t('invalidDomain', language));
      return;
    }
    if (!(await grant(host))) return;
    setDraft('');
    onChange([...new Set([...domains, host])]);
  };

  const allow = async (host: string) => {
    // Saving the unchanged list makes the background register the content script for it.
    if (await grant(host)) onChange([...domains]);
  };

  const remove = async (host: string) => {
    await browser.permissions.remove({ origins: [origin(host)] });
    onChange(domains.filter((domain) => domain !== host));
  };

  return (
    <fieldset>
      <legend>{t('customDomains', language)}</legend>
      {locked && <p class="locked">{t('lockedNote', language)}</p>}
      {domains.length > 0 && (
        <ul data-domains>
          {domains.map((host) => (
            <li key={host}>
              {host}{' '}
              {!granted.has(host) && (
                <button type="button" onClick={() => void allow(host)} aria-label={`${t('allowDomain', language)}: ${host}`}>
                  {t('allowDomain', language)}
                </button>
              )}
              {!locked && (
                <button type="button" onClick={() => void remove(host)} aria-label={`${t('removeDomain', language)}: ${host}`}>
                  {t('removeDomain', language)}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!locked && (
        <form onSubmit={(event) => void add(event)}>
          <label>
            {t('domainLabel', language)}{' '}
            <input type="text" value={draft} onInput={(event) => setDraft(event.currentTarget.value)} autocomplete="off" spellcheck={false} />
          </label>
          <button type="submit">{t('addDomain', language)}</button>
        </form>
      )}
      <p class="error" role="alert">
        {error}
      </p>
    </fieldset>
  );
}

// The rules for one moment: the short text, the long text behind a disclosure.
import { CATALOGUE, rulesFor, type Language, type Moment } from '../../shared/rules/index.ts';
import { t } from './strings.ts';

export function RuleList({ moment, language }: { moment: Moment; language: Language }) {
  return (
    <ul class="rules">
      {rulesFor(CATALOGUE, moment).map((rule) => (
        <li key={rule.id} data-rule={rule.id}>
          {rule.text[language].short}
          <details>
            <summary>{t('more', language)}</summary>
            {rule.text[language].long}
          </details>
        </li>
      ))}
    </ul>
  );
}

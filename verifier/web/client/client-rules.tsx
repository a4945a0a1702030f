// What a client may do with a recording: the catalogue's rules that concern clients, in the
// catalogue's plain-language client wording (the same rules the extension shows staff).
import { CATALOGUE } from '../../../shared/rules/index.ts';
import type { Lang } from '../../../shared/report/lang.ts';
import type { PageMessages } from '../messages.ts';

export function ClientRules({ t, lang }: { t: PageMessages; lang: Lang }) {
  const rules = CATALOGUE.rules.filter((rule) => rule.clientText !== undefined);
  return (
    <section class="rules" aria-labelledby="rules-title">
      <h2 id="rules-title">{t.clientRulesTitle}</h2>
      <p>{t.clientRulesIntro}</p>
      <ul>
        {rules.map((rule) => (
          <li key={rule.id} data-rule={rule.id}>
            {rule.clientText?.[lang]}
          </li>
        ))}
      </ul>
    </section>
  );
}

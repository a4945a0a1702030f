// The quick-action buttons shared by the reminder and the popup.
import type { Language } from '../../shared/rules/index.ts';
import { QUICK_ACTIONS, type QuickActionId } from '../quick-actions.ts';
import { t } from './strings.ts';

interface Props {
  language: Language;
  active: QuickActionId | null;
  onAction(id: QuickActionId): void;
}

export function QuickActions({ language, active, onAction }: Props) {
  return (
    <>
      <h3>{t('quickActions', language)}</h3>
      <div class="actions">
        {QUICK_ACTIONS.map((action) => (
          <button type="button" key={action.id} data-action={action.id} aria-pressed={active === action.id} onClick={() => onAction(action.id)}>
            {action.label[language]}
          </button>
        ))}
      </div>
    </>
  );
}

// The quick actions of the reminder and the popup: each names a situation in the call and the
// moment whose rules then matter.
import type { Language, Moment } from '../shared/rules/index.ts';

export type QuickActionId = 'client-records-audio' | 'staff-wants-to-record' | 'client-asks-video' | 'vulnerable-present';

export interface QuickAction {
  id: QuickActionId;
  moment: Moment;
  label: Readonly<Record<Language, string>>;
}

export const QUICK_ACTIONS: readonly QuickAction[] = [
  {
    id: 'client-records-audio',
    moment: 'client-asks-audio',
    label: { nl: 'Cliënt neemt geluid op', en: 'Client records audio' },
  },
  {
    id: 'staff-wants-to-record',
    moment: 'staff-wants-to-record',
    label: { nl: 'Ik wil opnemen: toestemming vragen', en: 'I want to record: ask consent' },
  },
  {
    id: 'client-asks-video',
    moment: 'client-asks-video',
    label: { nl: 'Cliënt vraagt om video: de procedure', en: 'Client asks for video: the procedure' },
  },
  {
    id: 'vulnerable-present',
    moment: 'child-present',
    label: { nl: 'Kind of wilsonbekwame aanwezig', en: 'Child or person who cannot decide present' },
  },
];

export const QUICK_ACTION_IDS: readonly QuickActionId[] = QUICK_ACTIONS.map((action) => action.id);

export function quickAction(id: QuickActionId): QuickAction {
  const action = QUICK_ACTIONS.find((candidate) => candidate.id === id);
  if (action === undefined) throw new Error(`unknown quick action "${id}"`);
  return action;
}


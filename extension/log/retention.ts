// The entry that records a retention deletion. Its `through` names the last deleted entry, whose
// hash the first remaining entry links to: a verifier accepts a log that starts there only
// because this entry, itself in the chain, says the entries before were deleted on purpose.

import type { ChainPoint, EntryDraft } from '../../shared/consent/entry.ts';

export function retentionDraft(now: Date, before: Date, count: number, through: ChainPoint): EntryDraft {
  return {
    kind: 'retention-deleted',
    count,
    before: before.toISOString(),
    through,
    time: now.toISOString(),
    platform: 'none',
    meetingKey: null,
    caseRef: null,
    staff: 'system',
    catalogue: null,
    noticeHash: null,
    note: '',
  };
}

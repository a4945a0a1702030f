// The fields of an entry that the background fills in itself, whoever asked for the entry: the
// time, the staff member from the settings, the catalogue shown, and the call's platform and
// meeting key as the background worked them out.
import type { CatalogueRef, EntryCommon } from '../../shared/consent/entry.ts';
import { checkStaff } from '../../shared/consent/fields.ts';
import { CATALOGUE, CATALOGUE_VERSION, catalogueHash } from '../../shared/rules/index.ts';
import { loadSettings } from './settings-store.ts';

/** Written when no valid initials are set, so that an entry is never lost for want of them. */
export const STAFF_FALLBACK = 'staff';

const catalogue: CatalogueRef = { version: CATALOGUE_VERSION, hash: catalogueHash(CATALOGUE) };

export interface Where {
  platform: string;
  meetingKey: string | null;
  caseRef: string | null;
}

export async function entryCommon(where: Where, noticeHash: string | null, note: string): Promise<EntryCommon> {
  const { settings } = await loadSettings();
  const staff = checkStaff(settings.staffInitials.trim()) === null ? settings.staffInitials.trim() : STAFF_FALLBACK;
  return { time: new Date().toISOString(), ...where, staff, catalogue, noticeHash, note };
}

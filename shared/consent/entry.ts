// The consent log's entry types (DESIGN.md, "Consent notices"). One discriminated union by `kind`;
// the fields common to every entry are written once in `EntryCommon`.

/** Which catalogue of rules was shown, by version and content hash (proof of what was told). */
export interface CatalogueRef {
  version: string;
  hash: string;
}

export interface EntryCommon {
  /** ISO 8601 UTC, e.g. 2026-11-29T09:15:02.123Z. */
  time: string;
  /** Platform id (teams, meet, zoom, …) or `none` outside a call. */
  platform: string;
  /** Keyed hash of the platform's meeting id (see meeting-key.ts), never the URL. */
  meetingKey: string | null;
  /** Pseudonymous case reference typed by staff; never a name, e-mail, phone number or URL. */
  caseRef: string | null;
  /** Initials or role of the staff member. */
  staff: string;
  catalogue: CatalogueRef | null;
  /** SHA-256 of the notice text shown, when one was shown. */
  noticeHash: string | null;
  /** Plain text; shown as text, never as HTML. */
  note: string;
  /** 32 random hex digits, set by the store (format 2); absent in entries written before. */
  nonce?: string;
}

export type KindFields =
  | { kind: 'client-records-audio'; how: 'announced' | 'noticed' }
  | { kind: 'staff-asks-to-record'; answer: 'granted' | 'refused' }
  | { kind: 'video-request'; outcome: 'refused-portrait-right' | 'referred' }
  | { kind: 'video-staff-view'; consulted: string[] }
  | { kind: 'video-manager-decision'; decision: 'allowed' | 'refused'; decidedOn: string }
  | { kind: 'video-conditions'; outcome: 'signed-by-both' | 'client-refused-to-sign' }
  | { kind: 'platform-recording-started'; startedBy: 'staff' | 'client' | 'unknown'; consentAsked: boolean }
  | { kind: 'vulnerable-person-present'; who: 'child' | 'adult-cannot-decide' }
  | { kind: 'copy'; action: 'requested' | 'handed-over'; direction: 'staff-to-client' | 'client-to-staff' }
  | { kind: 'publish-request'; requestedBy: 'client' | 'staff'; request: 'publish' | 'share-with-third-party' }
  | { kind: 'concerns-discussed' }
  | { kind: 'recording-registered'; party: 'staff' | 'client'; code: string | null; shortCode: string | null }
  | { kind: 'correction'; corrects: number }
  | { kind: 'retention-deleted'; count: number; before: string; through: ChainPoint };

export type EntryKind = KindFields['kind'];

/** What a caller hands to `append`: the chain fields are filled in by the log. */
export type EntryDraft = EntryCommon & KindFields;

/** A position in the chain: an entry's sequence number and hash. */
export interface ChainPoint {
  seq: number;
  hash: string;
}

export interface ChainFields {
  /** 1 for the first entry ever written; +1 per entry, never reused. */
  seq: number;
  /** Hash of the entry before (GENESIS_HASH for seq 1). */
  prev: string;
  /** SHA-256 of the canonical JSON of every other field of this entry. */
  hash: string;
}

export type Entry = EntryDraft & ChainFields;

/** An entry of another session inside a session export: only its place in the chain. */
export type Link = ChainFields;

export const GENESIS_HASH = '0'.repeat(64);

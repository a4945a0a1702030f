// The shape of the rules catalogue. Plain data so that the extension, the verifier and the consent
// log can all show, select and hash the same rules.

export type Language = 'nl' | 'en';

export const LANGUAGES: readonly Language[] = ['nl', 'en'];

/** The moments in a call at which a rule can matter. */
export type Moment =
  | 'call-start'
  | 'recording-started'
  | 'client-asks-audio'
  | 'staff-wants-to-record'
  | 'client-asks-video'
  | 'child-present'
  | 'call-end'
  | 'copy-request'
  | 'publish-request';

export const MOMENTS: readonly Moment[] = [
  'call-start',
  'recording-started',
  'client-asks-audio',
  'staff-wants-to-record',
  'client-asks-video',
  'child-present',
  'call-end',
  'copy-request',
  'publish-request',
];

/** Whose conduct the rule is about. */
export type Audience = 'staff' | 'client';

export type Medium = 'audio' | 'video' | 'both';

export interface RuleText {
  /** One line, shown in the reminder. */
  short: string;
  /** A few sentences, shown when the staff member opens the rule. */
  long: string;
}

export interface Rule {
  /** Stable identifier; never reused for a different meaning. */
  id: string;
  medium: Medium;
  audience: readonly Audience[];
  /** Moments at which the rule is shown, most important first in the catalogue order. */
  moments: readonly Moment[];
  text: Readonly<Record<Language, RuleText>>;
  /**
   * The rule told to the client in plain language (Dutch at B1 level, addressed as "u"; English
   * "you"): what the verifier page shows clients. Present exactly when the audience includes 'client'.
   */
  clientText?: Readonly<Record<Language, string>>;
}

export interface Catalogue {
  version: string;
  rules: readonly Rule[];
  /** Text staff can paste in the call's chat when a recording is made with consent. */
  announcement: Readonly<Record<Language, string>>;
}

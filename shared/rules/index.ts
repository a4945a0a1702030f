export type { Audience, Catalogue, Language, Medium, Moment, Rule, RuleText } from './types.ts';
export { LANGUAGES, MOMENTS } from './types.ts';
export { CATALOGUE, CATALOGUE_VERSION } from './catalogue.ts';
export { catalogueHash, noticeTextHash } from './hash.ts';
export { noticeText, rulesFor } from './select.ts';

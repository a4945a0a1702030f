// A track that was not compared, in a line of the report's language: "NIET VERGELEKEN: geluid 2
// (alleen het origineel heeft dit spoor)." Worded from its code, so no English reason reaches a
// Dutch report. Shared by the text report and the page.
import type { UncomparedTrack, UncomparedWhy } from '../compare/uncompared-track.ts';
import { COMPARE_MESSAGES } from './compare-messages.ts';
import type { Lang } from './lang.ts';
import { trackName } from './track-text.ts';
import { wordWhy } from './why-words.ts';

export function uncomparedText(entry: UncomparedTrack, lang: Lang): string {
  const t = COMPARE_MESSAGES[lang];
  return t.uncompared(trackName(entry.track, t), wordWhy<UncomparedWhy>(t.notCompared, entry));
}

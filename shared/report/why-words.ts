// Wordings keyed by a code, each given the entry of that code: a message table that leaves a code
// out, in either language, does not type-check.
export type WhyWords<U extends { code: string }> = { [C in U['code']]: (why: Extract<U, { code: C }>) => string };

export function wordWhy<U extends { code: string }>(words: WhyWords<U>, why: U): string {
  // The entry under why.code takes exactly the member of U that has that code.
  const word = words[why.code as U['code']] as (why: U) => string;
  return word(why);
}

import { tokenAt, type MentionContext } from "./mentionContext.js";
import { SYM, WORD, type Token } from "../text/tokenize.js";

/**
 * The change-verb refiner: "rose from 3 to 5 million" names a change's start and end, no range, and
 * "виросте до 10 млн" is "will grow to", no "up to". The readers ask it before taking a range opener
 * or a bound word at its word.
 */

/** Tokens looked back over for the verb of a change: "підвищив облікову ставку на 1 п.п. до 15 %" is nine. */
export const CHANGE_REACH = 12;

/** Range openers that also open a change's start ("rose from 3 to 5"), unlike "between". */
export const FROM_OPENERS: ReadonlySet<string> = new Set(["from", "от", "від", "从"]);

/** Punctuation that ends the clause of a change verb ("выросла, но составит до 5 млрд" is "up to"). */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([",", ";", ":", "!", "?", "(", ")", "—", "–"]);

const isChangeVerb = (ctx: MentionContext, token: Token): boolean => {
  const { changeVerbStems, longestStem } = ctx.table;
  for (let len = Math.min(token.key.length, longestStem); len >= 2; len--) if (changeVerbStems.has(token.key.slice(0, len))) return true;
  return false;
};

/**
 * Whether a verb of change governs token `i` ("виросте до…", "снижена на 50 б.п. до 16 %": lowered by
 * 50 bp to 16 %, not "up to 16 %"): the word before it, or one a few tokens back in the same clause and
 * sentence. A full stop ends the sentence only before a capital ("млн. Прогноз до…"); "б.п." does not.
 */
export const afterChangeVerb = (ctx: MentionContext, i: number, reach = CHANGE_REACH): boolean => {
  for (let k = i - 1; k >= 0 && k >= i - reach; k--) {
    const token = tokenAt(ctx, k);
    if (token === undefined) return false;
    if (token.kind === WORD && isChangeVerb(ctx, token)) return true;
    const after = tokenAt(ctx, k + 1);
    if (after === undefined || after.newline) return false;
    if (token.kind === SYM && CLAUSE_ENDS.has(token.key)) return false;
    if (token.kind === SYM && token.key === "." && after.space) {
      const first = ctx.text[after.start] ?? "";
      if (first !== first.toLowerCase()) return false;
    }
  }
  return false;
};

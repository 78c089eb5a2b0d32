import { tokenAt, type MentionContext } from "./mentionContext.js";
import { NUM, SYM, WORD, type Token } from "../text/tokenize.js";

/**
 * The change-verb refiner: "rose from 3 to 5 million" names a change's start and end, no range, and
 * "виросте до 10 млн" is "will grow to", no "up to". The readers ask it before taking a range opener
 * or a bound word at its word.
 */

/** Tokens looked back over for the verb of a change: "підвищив облікову ставку на 1 п.п. до 15 %" is nine. */
export const CHANGE_REACH = 12;

/** Range openers that also open a change's start ("rose from 3 to 5"), unlike "between". */
export const FROM_OPENERS: ReadonlySet<string> = new Set(["from", "от", "від", "从", "з", "із", "с", "со"]);

/** Punctuation that ends the clause of a change verb ("выросла, но составит до 5 млрд" is "up to"). */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([",", ";", ":", "!", "?", "(", ")", "—", "–"]);

/** The punctuation written between a change's size and its end ("на 7,5%, до 9,8 млрд"). */
const SIZE_THEN_END: ReadonlySet<string> = new Set([",", "—", "–"]);

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
  // One comma or dash may sit between the change's size and its end: "увеличился на 7,5%, до 9,8 млрд",
  // "зростуть на 40% — до 4,32 грн"; or right after the verb: "зменшилась — до 12 тис.". Otherwise a
  // number must stand between it and the verb: "выросла, но составит до 5 млрд" is still "up to".
  let crossed = false;
  let numberSince = false;
  for (let k = i - 1; k >= 0 && k >= i - reach; k--) {
    const token = tokenAt(ctx, k);
    if (token === undefined) return false;
    if (token.kind === WORD && isChangeVerb(ctx, token)) return !crossed || numberSince || k === i - 2;
    if (token.kind === NUM) numberSince = true;
    const after = tokenAt(ctx, k + 1);
    if (after === undefined || after.newline) return false;
    if (token.kind === SYM && CLAUSE_ENDS.has(token.key)) {
      if (crossed || !SIZE_THEN_END.has(token.key) || k !== i - 1) return false;
      crossed = true;
      continue;
    }
    if (token.kind === SYM && token.key === "." && after.space) {
      const first = ctx.text[after.start] ?? "";
      if (first !== first.toLowerCase()) return false;
    }
  }
  return false;
};

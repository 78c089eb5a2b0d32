import type { Lang } from "../lexicon/types.js";
import type { MentionContext } from "./mentionContext.js";
import { scriptLang } from "./scanContext.js";
import { CYRILLIC, CYRILLIC_UK, HAN_SCRIPT, LATIN } from "../text/tokenize.js";

/**
 * The language of a mention: the option; else Han script; else the language of its first
 * language-specific word ("понад" is Ukrainian); else its script (Cyrillic with і/ї/є/ґ → Ukrainian).
 */
export const mentionLang = (ctx: MentionContext, from: number, to: number, vote: Lang | undefined): Lang => {
  if (ctx.options.lang !== undefined) return ctx.options.lang;
  for (let k = from; k < to; k++) if (ctx.tokens[k]?.script === HAN_SCRIPT) return "zh";
  if (vote !== undefined) return vote;
  let cyrillic = false;
  let uk = false;
  let latin = false;
  for (let k = from; k < to; k++) {
    const token = ctx.tokens[k];
    if (token === undefined) continue;
    if (token.script === HAN_SCRIPT) return "zh";
    if (token.script === CYRILLIC_UK) uk = true;
    else if (token.script === CYRILLIC) cyrillic = true;
    else if (token.script === LATIN) latin = true;
  }
  if (uk) return "uk";
  if (cyrillic) return "ru";
  if (latin) return "en";
  return ctx.options.fallbackLang ?? scriptLang(ctx.tokens[to]) ?? "en";
};

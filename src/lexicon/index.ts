import { en, quantity as enQuantity } from "./en.js";
import { ru, quantity as ruQuantity } from "./ru.js";
import type { Lang, Lexicon, QuantityWords } from "./types.js";
import { uk, quantity as ukQuantity } from "./uk.js";
import { zh, quantity as zhQuantity } from "./zh.js";

/** Every lexicon by language. @internal */
export const LEXICONS: Readonly<Record<Lang, Lexicon>> = /* @__PURE__ */ Object.freeze({ en, uk, ru, zh });

/**
 * The quantity words of every lexicon by language: what `parseQuantity` compiles. Apart from
 * {@link LEXICONS} so that a bundle reading quantities holds no period words. @internal
 */
export const QUANTITY_WORDS: Readonly<Record<Lang, QuantityWords>> = /* @__PURE__ */ Object.freeze({
  en: enQuantity,
  uk: ukQuantity,
  ru: ruQuantity,
  zh: zhQuantity,
});

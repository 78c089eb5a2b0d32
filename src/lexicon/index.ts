import { en } from "./en.js";
import { ru } from "./ru.js";
import type { Lang, Lexicon } from "./types.js";
import { uk } from "./uk.js";
import { zh } from "./zh.js";

/** Every lexicon by language. @internal */
export const LEXICONS: Readonly<Record<Lang, Lexicon>> = /* @__PURE__ */ Object.freeze({ en, uk, ru, zh });

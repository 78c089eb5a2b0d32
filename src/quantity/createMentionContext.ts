import type { Token } from "../text/tokenize.js";
import type { MentionContext } from "./mentionContext.js";
import type { PhraseTable } from "./phraseTable.js";
import { currencyWritten } from "./readUnitWord.js";
import type { ResolvedScanOptions } from "./scanOptions.js";

/** The state of one quantity scan of `text`, cut into `tokens`, over the words of `table`: nothing looked up yet. @internal */
export const createMentionContext = (
  text: string,
  tokens: readonly Token[],
  options: ResolvedScanOptions,
  table: PhraseTable,
): MentionContext => {
  const ctx: MentionContext = {
    text,
    tokens,
    table,
    // Ambiguous words (Cyrillic "млн" is Ukrainian and Russian) take the document's language when known.
    lang: options.lang ?? options.fallbackLang,
    hits: new Array<undefined>(tokens.length),
    options,
    rejected: [],
    currencyOk: () => true,
  };
  ctx.currencyOk = (found) => currencyWritten(ctx, found);
  return ctx;
};

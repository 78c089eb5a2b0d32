import { phraseTable } from "../quantity/phraseTable.js";
import { HAN, SYM, WORD, type Token } from "../text/tokenize.js";

/** At most this many words (or Han characters) make a counted noun: "recognized ethnic groups". */
const MAX_WORDS = 3;
const MAX_HAN = 4;

const isStop = (token: Token): boolean => phraseTable().phrases.get(token.key)?.nounStop !== undefined;

/**
 * The counted noun after a count or an ordinal: the words right after it, up to a stop word of the
 * lexicons ("worth", "in", "на", "的"), punctuation, a number or the next mention. "70 commercial
 * agreements worth…" → "commercial agreements"; "понад 70 угод." → "угод"; "70多个项目" → "个项目".
 * Bounded work per mention.
 *
 * @param from the token right after the mention.
 * @param limit the first token of the next mention (the noun stops before it).
 * @internal
 */
export const countedNoun = (text: string, tokens: readonly Token[], from: number, limit: number): string | undefined => {
  const first = tokens[from];
  if (first === undefined || first.newline || from >= limit) return undefined;
  const han = first.kind === HAN;
  if (han ? first.space : first.kind !== WORD || !first.space) return undefined;
  let end = from;
  let words = 0;
  for (let k = from; k < limit && k < tokens.length; k++) {
    const token = tokens[k];
    if (token === undefined || (k > from && token.newline)) break;
    if (han) {
      if (token.kind !== HAN || token.space || isStop(token) || words >= MAX_HAN) break;
    } else if (token.kind === SYM && token.key === "-" && !token.space && tokens[k + 1]?.kind === WORD && tokens[k + 1]?.space === false) {
      continue;
    } else if (token.kind !== WORD || isStop(token) || words >= MAX_WORDS) break;
    words++;
    end = k + 1;
  }
  if (end === from) return undefined;
  const last = tokens[end - 1];
  return last === undefined ? undefined : text.slice(first.start, last.end).replace(/\s+/g, " ");
};

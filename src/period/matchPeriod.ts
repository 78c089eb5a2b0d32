import type { Lang } from "../lexicon/types.js";
import { createGrammarContext, type GrammarContext } from "./grammar/grammarContext.js";
import { readingsAt } from "./grammar/readingsAt.js";
import { getPeriodWords } from "./periodWords.js";
import { resolveSpec, type Reference, type Resolved } from "./resolveSpec.js";
import type { PeriodToken as Token } from "./toPeriodTokens.js";
import { TokenStream, type PeriodTokens } from "./tokenStream.js";

/**
 * One period read from text: UTF-16 offsets (end exclusive), token offsets, and the resolved period
 * or why it is not one.
 *
 * @internal
 */
export interface PeriodMatch {
  readonly start: number;
  readonly end: number;
  readonly tokenEnd: number;
  readonly text: string;
  readonly result: Resolved;
}

/**
 * Reads a text from left to right: at each token the longest reading wins (a reading that resolves
 * beats one of the same length that does not); after a period the scan resumes behind it, after a
 * failure or nothing at the next token, so "since 2020" without a reference still yields "2020".
 * `visit` returns false to stop. Linear: each token is the start of one bounded lookup.
 *
 * This is the one grammar: `scanPeriods` reports the periods, `parsePeriod` requires one match that
 * covers the whole text.
 *
 * @internal
 */
export const matchPeriods = (
  text: string,
  lang: Lang | undefined,
  ref: Reference | undefined,
  visit: (match: PeriodMatch, tokens: PeriodTokens) => boolean,
  whole = false,
  fiscalYearStart?: number,
  tokens: PeriodTokens = new TokenStream(text),
): void => {
  const grammar = createGrammarContext(text, tokens, getPeriodWords(lang), whole);
  let i = tokens.first;
  while (tokens.at(i) !== undefined) {
    const match = bestAt(grammar, tokens, text, i, ref, fiscalYearStart);
    if (match !== undefined && !visit(match, tokens)) return;
    i = match !== undefined && match.result.ok ? match.tokenEnd : i + 1;
  }
};

const bestAt = (
  grammar: GrammarContext,
  tokens: PeriodTokens,
  text: string,
  i: number,
  ref: Reference | undefined,
  fiscalYearStart: number | undefined,
): PeriodMatch | undefined => {
  let best: PeriodMatch | undefined;
  for (const reading of readingsAt(grammar, i)) {
    if (best !== undefined && (reading.end < best.tokenEnd || (reading.end === best.tokenEnd && best.result.ok))) continue;
    const start = (tokens.at(i) as Token).start;
    const end = (tokens.at(reading.end - 1) as Token).end;
    const span = text.slice(start, end);
    const result = resolveSpec(reading.spec, ref, span, "end", fiscalYearStart);
    if (best === undefined || reading.end > best.tokenEnd || result.ok) {
      best = { start, end, tokenEnd: reading.end, text: span, result };
    }
  }
  return best;
};

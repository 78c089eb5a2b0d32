import { createMentionContext } from "./createMentionContext.js";
import { interpretMention, type MatchAt } from "./interpretMention.js";
import { EN_DASH, HYPHEN, isReread, isSkip, MINUS, PLUS, type MentionContext, type Reread, type Skip } from "./mentionContext.js";
import { CAN_START, keySignature, NUMBERISH, phraseTable, type PhraseTable } from "./phraseTable.js";
import type { QuantityMatch, RejectedNumber } from "./quantityMatch.js";
import { readMention } from "./readMention.js";
import { resolveScanOptions, type ResolvedScanOptions, type ScanOptions } from "./scanOptions.js";
import { NUM, tokenize, type Token } from "../text/tokenize.js";

export type { QuantityMatch, RejectedNumber } from "./quantityMatch.js";

/**
 * The quantity scanner: one left-to-right pass over the tokens of the text front end, trying a mention
 * at each token that may begin one. A mention is read in two steps:
 *
 * - syntax ({@link readMention}, `sideAt`): what is written, as a node of `syntaxNode.ts`
 *
 *       [bound word] [range opener] side [range separator side | ± side]
 *       side := [sign] [currency/unit prefix] number [bound suffix] [scale] [unit] [bound suffix]
 *
 *   with refiners that veto a reading: identifiers and dates (`identifiers.ts`), verbs of change
 *   (`afterChangeVerb.ts`);
 * - interpretation ({@link interpretMention}): the Quantity the node states.
 *
 * Every word comes from the lexicons (compiled once into a phrase table). The work at one start is
 * bounded (phrases have a few tokens, numerals at most 40), and the scan resumes after a mention or
 * after a skipped run, so the whole scan is linear in the text. No regular expressions; never throws
 * on text.
 */

/** @internal */
export interface ScanResult {
  readonly matches: readonly QuantityMatch[];
  readonly rejected: readonly RejectedNumber[];
  /** The tokens, and for each match the token after its last one, so callers can read on from there. */
  readonly tokens: readonly Token[];
  readonly endTokens: readonly number[];
}

/**
 * The mention that begins at token `i`, if any: its syntax ({@link readMention}), then its meaning
 * ({@link interpretMention}). Either may ask for the mention to be read again as one amount (a change
 * "from 3 to 5", ends in reverse order); that reading takes no range, so it happens at most twice.
 */
const mentionAt = (ctx: MentionContext, i: number, noRange = false): MatchAt | Skip | undefined => {
  const node = readMention(ctx, i, noRange);
  if (node === undefined || isSkip(node)) return node;
  if (isReread(node)) return mentionAt(ctx, node.reread, true);
  const match: MatchAt | Skip | Reread | undefined = interpretMention(ctx, node);
  if (match !== undefined && isReread(match)) return mentionAt(ctx, match.reread, true);
  return match;
};

/**
 * For each token, whether a mention may begin there: it may begin one by itself (a number, a bound
 * word, a currency prefix…) and a number-like token lies within the table's reach ahead of it. One
 * lookup per token and one backward sweep, so the check is linear; it spares the state machine the
 * articles and prepositions of prose, which begin phrases but, far from any number, no mention.
 */
const startable = (tokens: readonly Token[], table: PhraseTable): Uint8Array => {
  const out = new Uint8Array(tokens.length);
  let nextNumber = Number.POSITIVE_INFINITY;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i] as Token;
    let bits: number;
    if (token.kind === NUM) bits = CAN_START | NUMBERISH;
    else {
      const signature = keySignature(token.key);
      bits = ((table.firstTokenSignatures[signature >> 3] ?? 0) & (1 << (signature & 7))) === 0 ? 0 : (table.firstTokens.get(token.key) ?? 0);
      if (token.key === MINUS || token.key === HYPHEN || token.key === EN_DASH || token.key === PLUS || token.key === ".") bits |= CAN_START;
    }
    if ((bits & NUMBERISH) !== 0) nextNumber = i;
    if ((bits & CAN_START) !== 0 && nextNumber - i <= table.reach) out[i] = 1;
  }
  return out;
};

/**
 * The full scan, with the numbers it refused, over the words of `table` (the default readers pass all
 * four lexicons'; `createQuantityParser` the caller's). @internal
 */
export const scanDetailed = (text: string, options: ResolvedScanOptions, table: PhraseTable): ScanResult => {
  const tokens = tokenize(text);
  const ctx = createMentionContext(text, tokens, options, table);
  const matches: QuantityMatch[] = [];
  const endTokens: number[] = [];
  const starts = startable(tokens, ctx.table);
  let i = 0;
  while (i < tokens.length) {
    if (starts[i] === 0) {
      i++;
      continue;
    }
    const found = mentionAt(ctx, i);
    if (found === undefined) i++;
    else if (isSkip(found)) i = Math.max(i + 1, found.skipTo);
    else {
      const { endToken, ...match } = found;
      matches.push(Object.freeze(match));
      endTokens.push(endToken);
      i = Math.max(i + 1, endToken);
    }
  }
  return { matches, rejected: ctx.rejected, tokens, endTokens };
};

/**
 * Finds every quantity mention in free text: amounts with their currency or unit, scale words, bound
 * words (inside the span: "over 70", "понад 15 млрд доларів"), ranges ("2–3 million", "від 2 до 3 млн")
 * and ordinals ("fifth", "第五"), in English, Ukrainian, Russian and Chinese, also mixed ("$650 млн").
 * Linear in the text; never throws on text (bad options do throw).
 *
 * @throws {DiscrepancyError} `invalid-argument` for bad options.
 * @example
 * ```ts
 * const [m] = scanQuantities("trade exceeding $41 billion in 2023");
 * [m.start, m.end, m.quantity.bound, m.quantity.value.toString()];
 * // [6, 27, "moreThan", "41000000000"]
 * ```
 */
export const scanQuantities = (text: string, options?: ScanOptions): readonly QuantityMatch[] => {
  const resolved = resolveScanOptions(options);
  if (typeof text !== "string") return Object.freeze([]);
  return Object.freeze(scanDetailed(text, resolved, phraseTable()).matches);
};

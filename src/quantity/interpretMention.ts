import type { Decimal } from "../decimal.js";
import { pow10 } from "../decimal.js";
import { DOLLAR_CANDIDATES } from "../lexicon/common.js";
import { getUnit } from "../units/registry.js";
import { buildQuantity } from "./build.js";
import { langOf, PLUS_MINUS, sameLine, tokenAt, unitCode, type MentionContext, type Reread, type Skip } from "./mentionContext.js";
import { mentionLang } from "./mentionLang.js";
import { decimalOf, type NumberPart } from "./numberPart.js";
import type { WrittenNumber } from "./policy.js";
import type { QuantityMatch } from "./quantityMatch.js";
import { shareDigits } from "./readShare.js";
import { farSide, type MentionNode } from "./syntaxNode.js";
import { toleranceEnds, writtenOf, writtenValue } from "./writtenOf.js";

/** A match with the token after its last one, so that the scan resumes there. @internal */
export type MatchAt = QuantityMatch & { readonly endToken: number };

/**
 * The Quantity a mention's syntax states. The meaning is worked out here, not in the readers: a scale
 * or a closing multiplier on the far end of a range is the near end's too ("2–3 million", "two to
 * three hundred"); a minor unit's shift applies to the end without a unit of its own ("5–10 cents");
 * a share is rounded so its bound stays true; after a scale word a currency reading of an ambiguous
 * unit wins ("361 million pounds"); a tolerance becomes the range it states; tight brackets heading a
 * cell make an accounting negative. Ends in reverse order are no range: the mention is read again as
 * one amount ({@link Reread}).
 */
export const interpretMention = (ctx: MentionContext, node: MentionNode): MatchAt | Skip | Reread | undefined => {
  const { start: i, low, bound, prefix, opener } = node;
  const high = node.kind === "range" ? node.high : undefined;
  const far = farSide(node);
  const endToken = (far ?? low).end;
  // "± 2 kg" with no centre before it states a tolerance, no amount: the whole of it is passed over, so
  // that neither "about 2 kg" nor "2 kg" is read from it.
  if (prefix !== undefined && prefix.end === i + 1 && ctx.tokens[i]?.key === PLUS_MINUS) return { skipTo: endToken };
  const first = ctx.tokens[i];
  const last = ctx.tokens[endToken - 1];
  if (first === undefined || last === undefined) return undefined;
  const lang = mentionLang(ctx, i, endToken, langOf(prefix) ?? langOf(opener) ?? low.lang ?? far?.lang);
  const decimalComma = ctx.table.decimalComma.has(lang);
  // "2–3 million": a scale on the far end is the near end's too, unless the near end is a numeral that
  // already holds its places ("between 3 hundred and 5 hundred": 300, not 30,000).
  const stated = low.number.kind === "words" && far?.scale !== undefined && low.number.value.gte(pow10(far.scale));
  // "two to three hundred" is 200–300, as "2–3 hundred" is: the multiplier closing the far end's numeral
  // is the near end's too, when the near end holds no such place of its own ("two hundred to three
  // hundred", "150 to three hundred" do) and the range still runs upwards ("between two and one hundred"
  // is 2–100, no 200 down to 100).
  const near = high?.place === undefined || low.scale !== undefined ? undefined : decimalOf(low.number);
  const farValue = near === undefined ? undefined : decimalOf(high?.number ?? low.number);
  const carries = high?.place !== undefined && near !== undefined && farValue !== undefined && near.gt(0) && near.lt(pow10(high.place)) && near.times(pow10(high.place)).lt(farValue);
  const place = carries ? (high?.place ?? 0) : 0;
  const lowScale = low.scale ?? (stated ? 0 : (far?.scale ?? 0)) + place;
  // A minor unit's shift ("5–10 cents") applies to the end that has no unit of its own.
  const lowShift = low.unit !== undefined ? low.shift : (far?.shift ?? 0);
  const highShift = far === undefined ? 0 : far.unit !== undefined ? far.shift : low.shift;
  // A share's percentage is rounded so that its bound stays true: see shareDigits.
  const said = bound ?? low.bound;
  const share = low.kind !== "share" ? undefined : shareDigits(low.share, said === "moreThan" || said === "atLeast" ? "down" : said === "atMost" || said === "lessThan" || said === "almost" ? "up" : "nearest");
  const lowNumber: NumberPart = share === undefined ? low.number : { kind: "decimal", digits: share.digits };
  const ordinal = low.kind === "ordinal";
  let written = writtenOf(lowNumber, lowScale + lowShift, decimalComma, ordinal, lowScale !== 0);
  let writtenHigh = far === undefined ? undefined : writtenOf(far.number, (far.scale ?? 0) + highShift, decimalComma, false, far.scale !== undefined);
  if (written === undefined || (far !== undefined && writtenHigh === undefined)) return { skipTo: endToken };
  if (node.kind === "tolerance" && writtenHigh !== undefined) {
    const ends = toleranceEnds(written, writtenHigh);
    // "1 ± 2 kg" runs below zero, which no amount here may.
    if (ends === undefined) return { skipTo: endToken };
    [written, writtenHigh] = ends;
  }
  // Ends in reverse order are not a range: "fell from 5 to 3 million" is a change, "2023-13" no range at
  // all. The first number is read alone (once more, so still linear) and the scan finds the second.
  const signed = (w: WrittenNumber, negative: boolean): Decimal => (negative ? writtenValue(w).negated() : writtenValue(w));
  if (writtenHigh !== undefined && signed(written, low.negative).gt(signed(writtenHigh, high?.negative === true))) {
    // "fell from 5 to 3 million", "снизилась с 16 до 15 %", "-1.5 to -2 %": the near end shares the far
    // end's scale or unit, as in a range, so alone it would be another number ("5", a count). It is
    // passed over, and the far end read from behind the separator ("до" there is no "up to").
    const borrows = (low.unit === undefined && far?.unit !== undefined) || (low.scale === undefined && far?.scale !== undefined);
    if (borrows && node.kind === "range") return { skipTo: node.farStart };
    return opener !== undefined ? undefined : { reread: i };
  }

  let unitWord = low.unit ?? far?.unit;
  // "361 million pounds" is money, "25 pounds" a weight: after a scale word a currency reading wins.
  if (unitWord?.candidates !== undefined && (low.scale !== undefined || far?.scale !== undefined)) {
    const currency = unitWord.candidates.find((c) => getUnit(c)?.dimension === "currency");
    if (currency !== undefined) unitWord = { unit: currency, candidates: [currency, ...unitWord.candidates.filter((c) => c !== currency)] };
  }
  const unit = ordinal ? "ordinal" : unitWord === undefined ? "count" : unitCode(ctx, unitWord);
  const candidates = unitWord === undefined ? undefined : unitWord.dollar === true ? dollarCandidates(ctx.options.dollar) : unitWord.candidates;
  // "($5 billion)" heading a line or a cell is an accounting negative: the brackets are its sign.
  const bracketed = far === undefined && said === undefined && !low.negative && !ordinal && accountingBrackets(ctx, i, endToken);
  const accounting = bracketed && getUnit(unit)?.dimension === "currency";
  // "(5%)", "(12)" there may be a negative too, or a list marker: no honest reading.
  if (bracketed && !accounting) return { skipTo: endToken + 1 };
  const from = accounting ? (ctx.tokens[i - 1] ?? first) : first;
  const to = accounting ? (ctx.tokens[endToken] ?? last) : last;
  const quantity = buildQuantity({
    text: ctx.text.slice(from.start, to.end),
    written,
    ...(writtenHigh !== undefined ? { writtenHigh } : {}),
    unit,
    qualifier: ordinal || ((low.kind === "multiple" || share?.exact === true) && said === undefined) ? "exact" : (said ?? "plain"),
    ...(low.negative || accounting ? { negative: true } : {}),
    ...(high?.negative === true ? { negativeHigh: true } : {}),
    ...(candidates !== undefined ? { unitCandidates: candidates } : {}),
    ...(ctx.options.approxTolerance !== undefined ? { approxTolerance: ctx.options.approxTolerance } : {}),
  });
  return Object.freeze({ start: from.start, end: to.end, quantity, lang, endToken: accounting ? endToken + 1 : endToken });
};

const DOLLAR_LISTS = new Map<string, readonly string[]>();

/** The dollar currencies with the chosen one first; one frozen list per choice, shared by every mention. */
const dollarCandidates = (dollar: string): readonly string[] => {
  let list = DOLLAR_LISTS.get(dollar);
  if (list === undefined) {
    list = Object.freeze(DOLLAR_CANDIDATES.includes(dollar) ? [dollar, ...DOLLAR_CANDIDATES.filter((c) => c !== dollar)] : [dollar, ...DOLLAR_CANDIDATES]);
    DOLLAR_LISTS.set(dollar, list);
  }
  return list;
};

const CLOSERS: ReadonlyMap<string, string> = new Map([["(", ")"], ["（", "）"]]);

/** Punctuation after which a cell of a table or a labelled figure begins: "Net income: ($5 billion)". */
const CELL_STARTS: ReadonlySet<string> = new Set([":", "：", "|"]);

/**
 * Whether tokens `i`..`end - 1` are an amount in tight brackets that heads a line or a cell — after a
 * line break, a tab, ":" or "|" —, which accounts write for a negative: "($5 billion)". In prose, brackets
 * after words or another amount hold a gloss ("€4.6 billion ($5 billion)"), which is no negative.
 */
const accountingBrackets = (ctx: MentionContext, i: number, end: number): boolean => {
  const open = tokenAt(ctx, i - 1);
  const head = tokenAt(ctx, i);
  const close = sameLine(ctx, end);
  if (open === undefined || head === undefined || close === undefined || head.space || close.space) return false;
  if (CLOSERS.get(open.key) !== close.key) return false;
  const before = tokenAt(ctx, i - 2);
  if (before === undefined || open.newline || CELL_STARTS.has(before.key)) return true;
  for (let c = before.end; c < open.start; c++) if (ctx.text.charCodeAt(c) === 9) return true;
  return false;
};

import type { BoundWord } from "../lexicon/types.js";
import { afterChangeVerb, FROM_OPENERS } from "./afterChangeVerb.js";
import { HYPHEN, isSkip, MINUS, PERCENT_CODE, PLUS_MINUS, sameLine, tokenAt, unitCode, type MentionContext, type Reread, type Skip } from "./mentionContext.js";
import { sideAt } from "./readSide.js";
import { find, hitsAt, phraseIn } from "./scanContext.js";
import type { MentionNode, NumberNode, SideNode } from "./syntaxNode.js";
import { NUM, SYM } from "../text/tokenize.js";

/**
 * The syntax of the mention that begins at token `i`:
 *
 *     [bound word] [range opener] side [range separator side | ± side]
 *
 * Refiners veto readings here: an idiom ("一成不变"), a bound word governed by a verb of change
 * ("виросте до 10 млн" is "will grow to"), a range opened by one ("rose from 3 to 5 million", read
 * again from its start as one amount: {@link Reread}). With `noRange` the near side is read alone.
 */
export const readMention = (ctx: MentionContext, i: number, noRange = false): MentionNode | Skip | Reread | undefined => {
  // "一成不变" is a word, not "10 %".
  const idiom = find(ctx, i, "idiom");
  if (idiom !== undefined) return { skipTo: idiom.end };
  let k = i;
  let bound: BoundWord | undefined;
  const boundWord = find(ctx, k, "boundPrefix");
  if (boundWord !== undefined) {
    // "6~4月": a sign glued to the number before it joins the two ("~" is a range, "5±2" a tolerance), no "about 4".
    const head = ctx.tokens[i];
    if (head !== undefined && head.kind === SYM && !head.space && tokenAt(ctx, i - 1)?.kind === NUM) return undefined;
    let target = false;
    for (const hit of hitsAt(ctx, k)) if (hit.end === boundWord.end && hit.entry.targetWord !== undefined) target = true;
    // "виросте до 10 млн тонн" is "will grow to", not "up to": the mention starts at the number.
    if (target && afterChangeVerb(ctx, i)) return undefined;
    bound = boundWord.value;
    k = boundWord.end;
    if (sameLine(ctx, k) === undefined) return undefined;
    // "почти на треть", "более чем на 5 %": the bound carries over the by-word ("on" a change) to the
    // amount. A bare comparative compares instead: "больше на 5 %" is more by 5 %, no bound on the 5 %.
    const byLang = sameLine(ctx, k) === undefined ? undefined : ctx.table.byWords.get(tokenAt(ctx, k)?.key ?? "");
    if (byLang !== undefined && ctx.table.boundBeforeBy.has(byLang)) {
      if (phraseIn(ctx, i, ctx.table.comparatives) === boundWord.end || sameLine(ctx, k + 1) === undefined) return undefined;
      k++;
    }
  }
  const prefix = bound === undefined ? undefined : boundWord;
  let opener = find(ctx, k, "rangeOpener");
  if (opener !== undefined && sameLine(ctx, opener.end) !== undefined) k = opener.end;
  else opener = undefined;

  const low = sideAt(ctx, k, true);
  if (low === undefined) return undefined;
  if (isSkip(low)) return low;
  if (low.kind === "ordinal" && bound !== undefined) return undefined;

  let high: NumberNode | undefined;
  // Where the far end starts, behind the separator.
  let farStart = low.end;
  if (!noRange && low.kind === "number" && low.bound === undefined) {
    const after = separatorAt(ctx, low.end, opener?.value);
    const sep = tokenAt(ctx, low.end);
    if (after !== undefined && low.negative && after === low.end + 1 && (sep?.key === HYPHEN || sep?.key === MINUS)) {
      // "-5-3" may be a range or a difference: neither number is read alone.
      if (tokenAt(ctx, after)?.kind === NUM && tokenAt(ctx, after)?.space === false) return { skipTo: after + 1 };
    } else if (after !== undefined) {
      // After a negative near end the far end may carry a sign of its own: "-5 to 10%", "−5 to −3 °C".
      const candidate = sideAt(ctx, after, low.negative);
      if (candidate !== undefined && !isSkip(candidate) && candidate.kind === "number" && candidate.bound === undefined) {
        const lowCode = low.unit === undefined ? undefined : unitCode(ctx, low.unit);
        const highCode = candidate.unit === undefined ? undefined : unitCode(ctx, candidate.unit);
        const leadingZero = candidate.number.kind === "digits" && candidate.number.leadingZero;
        const scalesAgree = low.scale === undefined || candidate.scale !== undefined;
        if ((lowCode === undefined || highCode === undefined || lowCode === highCode) && scalesAgree && !leadingZero) {
          high = candidate;
          farStart = after;
        }
      }
    }
  }
  if (opener !== undefined && high === undefined) return undefined;
  // "снизилась с 16 до 15 %", "вырос с 3 до 5 млн т": a bare number before a change's target ("до")
  // shares the target's scale or unit; alone it would be another number (16, a count). Not read.
  if (high === undefined && bound === undefined && low.unit === undefined && low.scale === undefined && low.kind !== "ordinal" && low.kind !== "share") {
    const target = sameLine(ctx, low.end) === undefined ? undefined : find(ctx, low.end, "targetWord");
    const next = target === undefined || sameLine(ctx, target.end) === undefined ? undefined : sideAt(ctx, target.end, true);
    if (next !== undefined && !isSkip(next) && (next.unit !== undefined || next.scale !== undefined)) return { skipTo: low.end };
  }

  // (A far end is read only after a plain number.)
  if (high !== undefined && low.kind === "number") {
    // "rose from 3 to 5 million tonnes", "зріс від 3 до 5 млн тонн": an opener governed by a verb of change
    // names a change's start and end, no range (a range would say 4 million). The near end is read alone,
    // or passed over where it shares the far end's scale or unit; the far end is read after it.
    // The verb stands right before the opener, or one word before it ("rose sharply from"); "between"
    // stays a range ("rose between 40 and 45 per cent" is a rise of 40–45 %).
    if (opener !== undefined && FROM_OPENERS.has(opener.key) && afterChangeVerb(ctx, i, 2)) {
      const borrows = (low.unit === undefined && high.unit !== undefined) || (low.scale === undefined && high.scale !== undefined) || high.place !== undefined;
      return borrows ? { skipTo: farStart } : { reread: opener.end };
    }
    return { kind: "range", start: i, prefix, bound, opener, low, high, farStart };
  }
  // "5 ± 2 kg": a tolerance, read as the range it states (3–7 kg).
  if (sameLine(ctx, low.end)?.key === PLUS_MINUS) {
    const tolerance = toleranceAt(ctx, low, bound);
    if (tolerance !== undefined && isSkip(tolerance)) return tolerance;
    if (tolerance !== undefined) return { kind: "tolerance", start: i, prefix, bound, opener, low, tolerance };
  }
  return { kind: "single", start: i, prefix, bound, opener, low };
};

/** A range separator at `k`: the opener's own separators, or any plain one. Returns the token after it. */
const separatorAt = (ctx: MentionContext, k: number, opener: readonly string[] | undefined): number | undefined => {
  if (sameLine(ctx, k) === undefined) return undefined;
  if (opener !== undefined) {
    const hits = hitsAt(ctx, k);
    for (let h = hits.length - 1; h >= 0; h--) {
      const hit = hits[h];
      if (hit !== undefined && opener.includes(hit.key)) return hit.end;
    }
    return undefined;
  }
  return find(ctx, k, "rangeSeparator")?.end;
};

/**
 * The tolerance after "±" that follows `low` ("5 ± 2 kg", "5±2", "5 kg ± 2 kg"), or `undefined` when no
 * number follows the sign. Where the tolerance has no exact reading it is a skip, so that neither the
 * centre nor the tolerance is read alone: a bound word on either side, a negative, differing units, a
 * percentage ("50 ± 10 %" may be points or a tenth of the value), a scale on the centre only ("5
 * million ± 2").
 */
const toleranceAt = (ctx: MentionContext, low: SideNode, bound: BoundWord | undefined): SideNode | Skip | undefined => {
  const tolerance = sideAt(ctx, low.end + 1, false);
  if (tolerance === undefined || isSkip(tolerance)) return tolerance;
  const skip: Skip = { skipTo: tolerance.end };
  const lowCode = low.unit === undefined ? undefined : unitCode(ctx, low.unit);
  const code = tolerance.unit === undefined ? undefined : unitCode(ctx, tolerance.unit);
  const plain = (side: SideNode): boolean => side.kind === "number" && side.bound === undefined && !side.negative;
  if (!plain(low) || !plain(tolerance) || bound !== undefined) return skip;
  if ((lowCode !== undefined && code !== undefined && lowCode !== code) || lowCode === PERCENT_CODE || code === PERCENT_CODE) return skip;
  if (low.scale !== undefined && tolerance.scale === undefined) return skip;
  if (tolerance.number.kind === "digits" && tolerance.number.leadingZero) return skip;
  return tolerance;
};

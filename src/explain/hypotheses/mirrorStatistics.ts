import { Decimal } from "../../decimal.js";
import type { Claim } from "../../claim/types.js";
import { toPartnerCountries, toReporterParty } from "../countries.js";
import type { MirrorStatisticsExplanation } from "../types.js";
import { largerSide, type ConflictContext, type Finding } from "./context.js";

// Lower-case fragments that make a metric read as trade, in the lexicon languages. Substring tests only.
const TRADE_WORDS = ["trade", "export", "import", "turnover", "торгів", "товарообіг", "експорт", "імпорт", "торгов", "товарооборот", "экспорт", "импорт", "贸易", "进出口", "出口", "进口"];

/** Whether a metric reads as trade, so CIF/FOB margins apply. @internal */
export const isTradeMetric = (metric: string): boolean => {
  const lower = metric.toLowerCase();
  return TRADE_WORDS.some((w) => lower.includes(w));
};

/**
 * Whether the gap is beyond what valuation alone explains: more than twice the usual CIF/FOB margin
 * (ratio > 1.12 for the default 1.06).
 *
 * @internal
 */
export const isBeyondTypical = (ratio: Decimal, cifFob: Decimal): boolean => ratio.minus(1).gt(cifFob.minus(1).times(2));

/** The partner country a claim's source reports for, when it is one of the two. @internal */
export const partnerReporter = (c: Claim, partners: readonly [string, string]): string | undefined => toReporterParty(c.source, partners);

/**
 * Builds the explanation from the ratio and the reporters (larger figure first); `follows` names the
 * partner claim a country-less side agrees with.
 *
 * @internal
 */
export const mirrorExplanation = (
  ratio: Decimal,
  reporters: readonly [higher: string, lower: string],
  strength: MirrorStatisticsExplanation["strength"],
  cifFob: Decimal,
  metric: string,
  follows?: string,
): MirrorStatisticsExplanation => ({
  code: "mirror-statistics",
  strength,
  evidence: {
    reporters,
    ratio,
    typicalRatio: cifFob,
    beyondTypical: isBeyondTypical(ratio, cifFob),
    trade: isTradeMetric(metric),
    ...(follows !== undefined ? { follows } : {}),
  },
});

/**
 * Mirror statistics: the subject is a bilateral flow between two countries and each figure comes from
 * one partner's own authorities (`source.country`, or a union's authority such as the European
 * Commission). Each side then reports the flow itself — importers
 * at CIF, exporters at FOB, with their own partner attribution and timing — so the figures differ by
 * design. Strong whatever the size of the gap; the evidence says whether the gap is typical.
 *
 * @internal
 */
export const testMirrorStatistics = (ctx: ConflictContext): Finding => {
  const partners = toPartnerCountries(ctx.a.subject);
  if (partners === undefined) return undefined;
  const ra = partnerReporter(ctx.a, partners);
  const rb = partnerReporter(ctx.b, partners);
  if (ra !== undefined && rb !== undefined && ra !== rb && ctx.gap.ratio !== null) {
    const reporters: readonly [string, string] = largerSide(ctx) === 0 ? [ra, rb] : [rb, ra];
    return mirrorExplanation(ctx.gap.ratio, reporters, "strong", ctx.options.cifFob, ctx.a.metric);
  }
  return {
    code: "mirror-statistics",
    reason: "not-partner-reporters",
    evidence: { partners: partners.join("/"), reporters: [ra ?? "?", rb ?? "?"].join("/") },
  };
};

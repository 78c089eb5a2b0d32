import type { Decimal } from "../decimal.js";
import { periodLabel } from "../messages/locale/periodLabel.js";
import type { Locale, RenderContext } from "../messages/en/types.js";
import { parsePeriod } from "../period/parsePeriod.js";
import { getUnit } from "../units/registry.js";
import type { Explanation, RuledOut } from "../explain/types.js";

/**
 * A period an explanation names by its label ("2023", "2024-11"): English keeps the label; other
 * locales name the period itself when the label reads back as one.
 */
const periodText = (label: string, locale: Locale): string => {
  if (locale.code === "en") return label;
  try {
    return periodLabel(parsePeriod(label), locale);
  } catch {
    return label;
  }
};

/** Names a claim by id for a sentence (its quantity and source when known). @internal */
export type LabelOf = (id: string) => string;

const unitName = (code: string, locale: Locale): string => locale.explain.unitNames[code] ?? (locale.code === "en" ? (getUnit(code)?.name ?? code) : code);

/**
 * One explanation as a phrase ("mirror statistics — …"), from its evidence alone.
 *
 * @internal
 */
export const describeExplanation = (e: Explanation, labelOf: LabelOf, locale: Locale, ctx: RenderContext): string => {
  const m = locale.explain;
  const { n, party } = ctx;
  const ratio = n.ratio;
  switch (e.code) {
    case "mirror-statistics":
      return m.mirrorStatistics({
        higher: party(e.evidence.reporters[0]),
        lower: party(e.evidence.reporters[1]),
        ratio: ratio(e.evidence.ratio),
        typical: n.decimal(e.evidence.typicalRatio),
        margin: n.share(e.evidence.typicalRatio.minus(1)).replace(`${locale.number.decimal}0`, ""),
        beyond: e.evidence.beyondTypical,
        trade: e.evidence.trade,
        ...(e.evidence.follows !== undefined ? { follows: labelOf(e.evidence.follows) } : {}),
      });
    case "systematic-source-gap": {
      const reporters = e.evidence.reporters;
      return m.systematicGap({
        strength: e.strength,
        ...(reporters !== undefined ? { reporters: m.reportersAbove(party(reporters[0]), party(reporters[1])) } : {}),
        others: e.evidence.others.map((o) =>
          m.otherPeriodGap(periodText(o.period, locale), ratio(o.ratio), o.reporters !== undefined ? m.reportersAbove(party(o.reporters[0]), party(o.reporters[1])) : undefined),
        ),
      });
    }
    case "revision":
      return e.strength === "weak" ? m.revisionUnordered : m.revision(labelOf(e.evidence.earlier), labelOf(e.evidence.later), e.evidence.laterPublished);
    case "copy":
      return m.copy(labelOf(e.evidence.copy), labelOf(e.evidence.original), e.evidence.via ? "via" : e.evidence.samePublication ? "same-publication" : "later");
    case "scale-slip":
      return m.scaleSlip(ratio(e.evidence.ratio), m.scaleNames[e.evidence.power] ?? `10^${e.evidence.power}`);
    case "unit-slip":
      return m.unitSlip(ratio(e.evidence.ratio), n.decimal(e.evidence.factor.toSignificantDigits(7)), unitName(e.evidence.units[0], locale), unitName(e.evidence.units[1], locale));
    case "currency-confusion":
      return e.evidence.rate !== undefined
        ? m.currencyRate(ratio(e.evidence.ratio), e.evidence.currencies[0] ?? "", e.evidence.currencies[1] ?? "", n.decimal(e.evidence.rate))
        : m.currencyAmbiguous(e.evidence.currencies);
    case "period-shift":
      return m.periodShift(labelOf(e.evidence.claim), labelOf(e.evidence.matches), periodText(e.evidence.period, locale));
    case "different-basis":
      return e.evidence.basis === "same-publication" ? m.basisSamePublication(e.evidence.detail[0] ?? "") : m.basisNouns(e.evidence.detail);
    case "rounding":
      return m.looseRounding(n.amount(e.evidence.distance, e.evidence.unit), n.amount(e.evidence.step, e.evidence.unit));
    case "approximation":
      return m.approximation(n.share(e.evidence.relativeToLarger), n.share(e.evidence.tolerance));
  }
};

const dec = (v: unknown): Decimal | undefined => (typeof v === "object" && v !== null && "toFixed" in v ? (v as Decimal) : undefined);

/**
 * One rejected hypothesis as a phrase ("rounding (the intervals are $8.95 billion apart, …)").
 *
 * @internal
 */
export const describeRuledOut = (r: RuledOut, locale: Locale, ctx: RenderContext): string => {
  const m = locale.explain;
  const { n } = ctx;
  const ratio = n.ratio;
  const formatAmount = n.amount;
  const formatShare = n.share;
  const e = r.evidence;
  const unit = typeof e["unit"] === "string" ? e["unit"] : "";
  const r_ = dec(e["ratio"]);
  switch (r.reason) {
    case "gap-exceeds-rounding":
      return m.ruledOutReasons[r.reason]({ distance: formatAmount(dec(e["distance"])!, unit), step: formatAmount(dec(e["step"])!, unit) });
    case "gap-exceeds-tolerance":
      return m.ruledOutReasons[r.reason]({ share: formatShare(dec(e["relativeToLarger"])!), tolerance: formatShare(dec(e["tolerance"])!) });
    case "ratio-not-power-of-ten":
    case "ratio-matches-no-unit-factor":
    case "no-similar-gap":
      return m.ruledOutReasons[r.reason]({ ratio: r_ === undefined ? "?" : ratio(r_) });
    case "ratio-matches-no-rate":
      return m.ruledOutReasons[r.reason]({ ratio: r_ === undefined ? "?" : ratio(r_), rates: typeof e["rates"] === "number" ? e["rates"] : 0 });
    case "not-partner-reporters":
    case "different-sources":
    case "no-neighbour-match":
      return m.ruledOutReasons[r.reason]();
  }
};

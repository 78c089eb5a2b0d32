import { Decimal } from "../../decimal.js";
import type { ConflictContext, Finding } from "./context.js";

const TOLERANCE = /* @__PURE__ */ new Decimal("0.03");

/**
 * Currency confusion: for money, a ratio within 3 % of an exchange rate the caller gave (either way
 * round) suggests one figure is in the other currency. Without a matching rate, an ambiguous sign ("$")
 * on one side only keeps it a weak possibility.
 *
 * @internal
 */
export const testCurrencyConfusion = (ctx: ConflictContext): Finding => {
  const ratio = ctx.gap.ratio;
  if (ratio === null || ctx.alignment.dimension !== "currency") return undefined;
  const rates = ctx.options.rates;
  for (let i = 0; i < rates.length; i++) {
    const rate = rates[i]!;
    const value = ctx.options.rateValues[i]!;
    const r = value.gte(1) ? value : new Decimal(1).div(value);
    if (ratio.div(r).minus(1).abs().lte(TOLERANCE))
      return { code: "currency-confusion", strength: "moderate", evidence: { ratio, currencies: [rate.from, rate.to], rate: value } };
  }
  // An ambiguous sign ("$") on one side only: the writer may have meant another dollar. Two figures
  // written with the same ambiguous sign are no evidence of confusion between them.
  const ca = ctx.a.quantity.unitCandidates ?? [];
  const cb = ctx.b.quantity.unitCandidates ?? [];
  const candidates = ca.length > 1 && cb.length <= 1 ? ca : cb.length > 1 && ca.length <= 1 ? cb : [];
  if (candidates.length > 1) return { code: "currency-confusion", strength: "weak", evidence: { ratio, currencies: [...candidates].sort() } };
  return { code: "currency-confusion", reason: "ratio-matches-no-rate", evidence: { ratio, rates: rates.length } };
};

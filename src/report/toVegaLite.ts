import type { Claim } from "../claim/types.js";
import { claimsOption } from "../claim/assertClaim.js";
import { assertReport } from "../compare/assertReport.js";
import type { Report } from "../compare/reportTypes.js";
import { findDiscrepancies } from "../compare/findDiscrepancies.js";
import { DiscrepancyError } from "../errors.js";
import { reportMessages } from "../messages/misuse/report.js";
import { buildVegaLite, type VegaLiteOptions, type VegaLiteSpec } from "./buildVegaLite.js";
import { toStatusOf } from "./toStatusOf.js";

export { VEGA_LITE_SCHEMA } from "./buildVegaLite.js";
export type { VegaLiteOptions, VegaLiteSpec } from "./buildVegaLite.js";

/** Options of {@link toVegaLite}. */
export interface ToVegaLiteOptions extends VegaLiteOptions {
  /** With a report: the claims it was made from (a report holds ids, the chart needs each claim's interval). */
  readonly claims?: Iterable<Claim>;
}

/**
 * A Vega-Lite v5 chart of claims: per series, each claim's interval (what its words allow) as a bar
 * labelled by period and source, a tick at its value, coloured by how it fared — red for a conflict,
 * green when consistent, grey when nothing was comparable — so a conflict is seen at a glance. Give
 * claims (they are compared first) or a report with `options.claims`.
 *
 * The spec is plain JSON: render it with `vega-embed`, a notebook, or `vega` headless to SVG.
 *
 * @throws {DiscrepancyError} `invalid-argument` when given a report without its claims.
 * @example
 * ```ts
 * const { claims } = parseClaims(JSON.parse(readFileSync("examples/kazakhstan-china/claims.json", "utf8"))); // the seed corpus
 * const spec = toVegaLite(claims, { minClaims: 2 });
 * spec.$schema; // "https://vega.github.io/schema/vega-lite/v5.json"
 * ```
 */
export const toVegaLite = (input: Report | readonly Claim[], options: ToVegaLiteOptions = {}): VegaLiteSpec => {
  if (typeof options !== "object" || options === null) throw new DiscrepancyError("invalid-argument", reportMessages.notOptions(options));
  if (!Array.isArray(input)) assertReport(input, "input");
  const given = claimsOption(options.claims, "options.claims");
  if (given !== undefined) options = { ...options, claims: given };
  if (Array.isArray(input)) {
    const claims = input as readonly Claim[];
    return buildVegaLite(claims, toStatusOf(findDiscrepancies(claims)), options);
  }
  if (options.claims === undefined) throw new DiscrepancyError("invalid-argument", reportMessages.chartNeedsClaims);
  const { claims, ...rest } = options;
  return buildVegaLite([...claims], toStatusOf(input as Report), rest);
};

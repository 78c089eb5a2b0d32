import { assertAliases } from "../entity/resolveEntity.js";
import type { EntityAliases } from "../entity/types.js";
import { DiscrepancyError } from "../errors.js";
import { LANGS, type Lang } from "../lexicon/types.js";
import { messages } from "../messages/misuse/input.js";
import { assertMetricWords } from "../metric/resolveMetric.js";
import type { MetricWords } from "../metric/types.js";
import { isPublishedAt } from "../source/isPublishedAt.js";
import type { ReportedBy } from "../source/types.js";
import type { ExtractClaimsOptions } from "./claimTypes.js";

/**
 * Whether a value is one of the languages the lexicons read.
 *
 * @internal
 */
export const isLang = (value: unknown): value is Lang => typeof value === "string" && (LANGS as readonly string[]).includes(value);

/**
 * Options checked: a `publishedAt` the claims can carry, a known `lang`, and plain aliases and metrics. Misuse throws; text never does.
 *
 * @internal
 */
export const readOptions = (options: unknown): { lang: Lang | undefined; publishedAt: string; reportedBy: ReportedBy; aliases: EntityAliases | undefined; metrics: MetricWords | undefined; dollar: string | undefined } => {
  if (typeof options !== "object" || options === null) throw new DiscrepancyError("invalid-argument", messages.badOption("options", options, "an object with publishedAt"));
  const o = options as Partial<Record<keyof ExtractClaimsOptions, unknown>>;
  if (typeof o.publishedAt !== "string" || !isPublishedAt(o.publishedAt)) {
    const message = messages.badOption("publishedAt", o.publishedAt, 'a publication date such as "2024-02-14", "2024-12" or "2024"');
    throw new DiscrepancyError("invalid-argument", message, [{ path: ["publishedAt"], message, input: o.publishedAt }]);
  }
  if (o.lang !== undefined && !isLang(o.lang)) {
    const message = messages.badOption("lang", o.lang, `one of ${LANGS.join(", ")}`);
    throw new DiscrepancyError("invalid-argument", message, [{ path: ["lang"], message, input: o.lang }]);
  }
  if (o.aliases !== undefined) assertAliases(o.aliases, "aliases");
  if (o.metrics !== undefined) assertMetricWords(o.metrics, "metrics");
  let reportedBy: ReportedBy = {};
  if (typeof o.reportedBy === "string") reportedBy = o.reportedBy.trim() === "" ? {} : { name: o.reportedBy.trim() };
  else if (typeof o.reportedBy === "object" && o.reportedBy !== null && !Array.isArray(o.reportedBy)) reportedBy = { ...(o.reportedBy as ReportedBy) };
  else if (o.reportedBy !== undefined) {
    const message = messages.badOption("reportedBy", o.reportedBy, "an outlet's name or a reportedBy object");
    throw new DiscrepancyError("invalid-argument", message, [{ path: ["reportedBy"], message, input: o.reportedBy }]);
  }
  return {
    lang: o.lang as Lang | undefined,
    publishedAt: o.publishedAt,
    reportedBy,
    aliases: o.aliases as EntityAliases | undefined,
    metrics: o.metrics as MetricWords | undefined,
    dollar: typeof o.dollar === "string" ? o.dollar : undefined,
  };
};

import { DiscrepancyError } from "../errors.js";
import { messages } from "../messages/misuse/input.js";
import { matchPhrases } from "../text/phraseIndex.js";
import { toWords } from "../text/toWords.js";
import { metricIndex } from "./metricIndex.js";
import type { MetricWords } from "./types.js";

/** Options of {@link resolveMetric}. */
export interface ResolveMetricOptions {
  /** Metrics the caller adds or extends. */
  readonly metrics?: MetricWords;
}

/**
 * The canonical name of a metric written in any of the lexicon's languages — "товарообіг",
 * "товарооборота", "bilateral trade", "贸易额" are all "trade turnover"; "експорту" is "exports" — or
 * `undefined` when the whole text is not one of its words (a metric the lexicon does not know, or
 * words around one: "value of agreements signed"). The caller's `metrics` add names and words.
 *
 * @throws {DiscrepancyError} `invalid-argument` when `options.metrics` is not an object of word lists.
 * @example
 * ```ts
 * resolveMetric("товарообіг");          // "trade turnover"
 * resolveMetric("Товарооборота");       // "trade turnover"
 * resolveMetric("贸易总额");             // "trade turnover"
 * resolveMetric("grain harvest");       // undefined
 * resolveMetric("урожаю зерна", { metrics: { "grain harvest": ["урожай зерна"] } }); // "grain harvest"
 * ```
 */
export const resolveMetric = (text: string, options?: ResolveMetricOptions): string | undefined => {
  const metrics = options?.metrics;
  if (metrics !== undefined) assertMetricWords(metrics, "metrics");
  if (typeof text !== "string") return undefined;
  return lookUpMetric(text, metrics);
};

/** {@link resolveMetric} without checking its options. @internal */
export const lookUpMetric = (text: string, metrics: MetricWords | undefined): string | undefined => {
  if (text.length > 300) return undefined;
  const words = toWords(text);
  if (words.length === 0) return undefined;
  const found = matchPhrases(text, words, metricIndex(metrics));
  const only = found[0];
  if (found.length !== 1 || only === undefined || only.from !== 0 || only.to !== words.length || only.value.kind !== "metric" || only.value.loose === true) return undefined;
  // Nothing but spaces, hyphens and apostrophes outside the phrase: "trade (goods)" is not "trade".
  for (let i = 0; i < text.length; i++) {
    if (i >= only.start && i < only.end) continue;
    const c = text.charCodeAt(i);
    if (!(c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 45)) return undefined;
  }
  return only.value.metric.id;
};

/** Throws unless `metrics` is a plain object of word lists. @internal */
export const assertMetricWords = (metrics: unknown, field: string): void => {
  const ok =
    typeof metrics === "object" &&
    metrics !== null &&
    !Array.isArray(metrics) &&
    Object.values(metrics as Record<string, unknown>).every((v) => Array.isArray(v) && v.every((w) => typeof w === "string"));
  if (!ok) {
    const message = messages.badOption(field, metrics, "an object of metric names, each with a list of words");
    throw new DiscrepancyError("invalid-argument", message, [{ path: [field], message, input: metrics }]);
  }
};

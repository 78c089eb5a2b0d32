import { lookUpEntity, assertAliases } from "../entity/resolveEntity.js";
import type { EntityAliases } from "../entity/types.js";
import { DiscrepancyError } from "../errors.js";
import { messages } from "../messages/misuse/input.js";
import { memoText } from "../util/memoText.js";
import { assertMetricWords, lookUpMetric } from "../metric/resolveMetric.js";
import type { MetricWords } from "../metric/types.js";

/** The fields that decide which series a claim belongs to. */
export interface SeriesFields {
  readonly metric: string;
  readonly subject: readonly string[];
  readonly direction: boolean;
  readonly qualifiers: Readonly<Record<string, string>>;
}

// Case and spacing are how people write, not what they mean; punctuation inside names is kept. Control
// characters mean nothing in a name and become spaces.
const normalise = (text: string): string =>
  text
    .normalize("NFKC")
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .toLowerCase()
    .trim()
    .replace(/\s+/g, " ");

// Backslash before each character the key uses as punctuation (`\`, `|`, `,`, `=`, `>`), so names that
// contain them (names are untrusted and may contain anything) cannot make two series share a key.
const escapePart = (text: string): string => {
  let out = "";
  for (const c of text) out += c === "\\" || c === "|" || c === "," || c === "=" || c === ">" ? `\\${c}` : c;
  return out;
};

const isText = (value: unknown): value is string => typeof value === "string";

/** How names are resolved in a series key: the caller's entity aliases and metric words. */
export interface SeriesKeyOptions {
  readonly aliases?: EntityAliases;
  readonly metrics?: MetricWords;
}

// Subject and metric names repeat across a corpus: each distinct text is resolved once (without the
// caller's aliases or metric words, which are rare and per call).
const builtInSubject = /* @__PURE__ */ memoText((name: string): string => lookUpEntity(name, undefined)?.name ?? name);
const builtInMetric = /* @__PURE__ */ memoText((metric: string): string => lookUpMetric(metric, undefined) ?? metric);

/** A subject as the key holds it: the entity's canonical name when the gazetteer or an alias knows it. @internal */
export const subjectName = (name: string, aliases?: EntityAliases): string =>
  aliases === undefined ? builtInSubject(name) : (lookUpEntity(name, aliases)?.name ?? name);

/** A metric as the key holds it: the lexicon's metric when the whole text is one of its words. @internal */
export const metricName = (metric: string, metrics?: MetricWords): string =>
  metrics === undefined ? builtInMetric(metric) : (lookUpMetric(metric, metrics) ?? metric);

/**
 * The series key: normalised metric + subject + qualifiers. Claims with equal keys are about the same
 * thing; whether they are about the same period and modality is decided later. Names are resolved
 * first: a subject the gazetteer or `options.aliases` knows is its entity's canonical name, in any
 * language or case form ("Україна", "України", "Ukraine" are `ukraine`; "ЄС" and "EU" are `european
 * union`), and a metric that is wholly one of the metric lexicon's words is its metric ("товарообіг",
 * "bilateral trade" are `trade turnover`); unknown names stay as written. Readable and stable, it
 * is also what reports print: `metric|subjects|qualifiers`, e.g. `trade turnover|china,kazakhstan|scope=goods`.
 * Subjects are sorted and joined by `,`; a directed series joins them by `>` in order
 * (`exports|china>kazakhstan|`), with a leading `>` when it has fewer than two (`>china`). Qualifiers are
 * `key=value`, sorted, joined by `,`. A `\`, `|`, `,`, `=` or `>` inside a part is written with a
 * backslash before it, so equal keys mean the same series and the key reads back unambiguously.
 *
 * @throws {DiscrepancyError} `invalid-argument` when `fields` is not `{ metric, subject, direction, qualifiers }`.
 * @example
 * ```ts
 * toSeriesKey({ metric: "Trade  turnover", subject: ["Kazakhstan", "China"], direction: false, qualifiers: {} }) ===
 *   toSeriesKey({ metric: "trade turnover", subject: ["china", "kazakhstan"], direction: false, qualifiers: {} });
 * // true
 * toSeriesKey({ metric: "товарообіг", subject: ["Україна", "ЄС"], direction: false, qualifiers: {} });
 * // "trade turnover|european union,ukraine|"
 * ```
 */
export const toSeriesKey = (fields: SeriesFields, options?: SeriesKeyOptions): string => {
  const f = fields as Partial<SeriesFields> | null;
  const ok =
    typeof f === "object" &&
    f !== null &&
    isText(f.metric) &&
    Array.isArray(f.subject) &&
    f.subject.every(isText) &&
    typeof f.direction === "boolean" &&
    typeof f.qualifiers === "object" &&
    f.qualifiers !== null &&
    Object.values(f.qualifiers).every(isText);
  if (!ok) throw new DiscrepancyError("invalid-argument", messages.notSeriesFields(fields));
  const aliases = options?.aliases;
  const metrics = options?.metrics;
  if (aliases !== undefined) assertAliases(aliases, "aliases");
  if (metrics !== undefined) assertMetricWords(metrics, "metrics");
  const subject = fields.subject.map((name) => normalise(subjectName(name, aliases)));
  if (!fields.direction) subject.sort();
  const subjects = fields.direction ? `${subject.length < 2 ? ">" : ""}${subject.map(escapePart).join(">")}` : subject.map(escapePart).join(",");
  const qualifiers = Object.keys(fields.qualifiers)
    .map((key) => `${escapePart(normalise(key))}=${escapePart(normalise(fields.qualifiers[key] ?? ""))}`)
    .sort();
  return `${escapePart(normalise(metricName(fields.metric, metrics)))}|${subjects}|${qualifiers.join(",")}`;
};

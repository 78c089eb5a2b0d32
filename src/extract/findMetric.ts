import type { MetricEntry } from "../lexicon/metrics.js";
import type { Word } from "../text/toWords.js";
import type { SkipReason } from "./claimTypes.js";
import { CUE_REACH, LOOK_BACK } from "./reaches.js";
import { has, type Context, type MetricMatch, type MutableOrigin, type Reading } from "./readingTypes.js";
import { nearest, within } from "./spans.js";
import type { Mention } from "./types.js";
import { dimensionOf, isCounted } from "./unitKinds.js";

// Step one of readMention: what a figure measures. A count names it by its noun, an amount by the
// nearest metric word of its clause; a figure with neither continues an earlier figure.

/** Words that may follow an amount without being the thing it measures. */
const AFTER_AMOUNT = new Set([
  "in", "of", "to", "for", "from", "by", "and", "or", "a", "an", "the", "this", "that", "last", "next", "per", "each", "annually", "a year", "year", "yearly",
  "with", "at", "on", "as", "than", "against", "versus", "vs", "compared", "up", "down", "more", "less", "while", "but", "which", "who", "is", "was", "were", "are", "be", "been",
  "worth", "over", "under", "since", "until", "through", "into", "during", "after", "before", "between", "among", "across", "according", "so", "far", "now", "then", "only", "alone",
]);

/**
 * Whether the word right after an English amount is a noun the amount describes ("a $650 million
 * plant"): a lower-case English word, with only a space between, that is not a preposition, article,
 * verb of being or other word that may follow an amount.
 */
const DETERMINERS = new Set(["a", "an", "the", "its", "their", "his", "her", "new", "another"]);

const isAttributiveNoun = (text: string, words: readonly Word[], mention: Mention, next: Word): boolean => {
  if (mention.lang !== "en" || mention.quantity.unit === "count" || mention.quantity.unit === "ordinal" || mention.quantity.unit === "%") return false;
  if (text.slice(mention.end, next.start) !== " ") return false;
  // Only after a determiner: "a new $650 million plant", not "only $2 billion behind".
  const before = within(words, { start: mention.start - 14, end: mention.start }).slice(-2);
  if (!before.some((w) => DETERMINERS.has(w.key))) return false;
  const first = next.text.charCodeAt(0);
  if (!(first >= 97 && first <= 122)) return false;
  return !AFTER_AMOUNT.has(next.key);
};

/** Nouns that count people: the figure's metric is then its clause's ("population … 146 million people"). */
const PEOPLE_NOUNS = ["people", "persons", "residents", "inhabitants", "individuals", "осіб", "особ", "людей", "люди", "мешканц", "человек", "людей", "жителей", "人"];

/** Nouns of a place in a ranking: "third place", "третє місце", "третье место", "第三位". */
const RANK_NOUNS = ["place", "position", "rank", "місц", "позиці", "мест", "позици", "位", "名"];

/** The metric word a count counts: the first metric word in its noun ("70 commercial agreements"). */
const countedMetric = (mention: Mention, metrics: readonly MetricMatch[]): MetricMatch | undefined => {
  if (mention.noun === undefined) return undefined;
  const reach = mention.end + mention.noun.length + 4;
  return metrics.find((x) => x.value.kind === "metric" && x.start >= mention.end && x.end <= reach);
};

/**
 * What `findMetric` settles: the metric word read (if any), the earlier reading continued (if none), and the metric's name.
 *
 * @internal
 */
export interface MetricFinding {
  readonly metricMatch: MetricMatch | undefined;
  readonly metricEntry: MetricEntry | undefined;
  readonly referent: Reading | undefined;
  readonly metric: string;
  readonly bilateral: boolean;
}

/**
 * The metric a figure measures: its noun's, its clause's nearest metric word, or an earlier figure's it continues; "no-metric" when none.
 *
 * @internal
 */
export const findMetric = (mention: Mention, c: Context, origin: MutableOrigin): MetricFinding | SkipReason => {
  const unit = mention.quantity.unit;
  const dimension = dimensionOf(unit);
  const metricWords = c.metrics.filter((x) => x.value.kind === "metric");
  let metricMatch: MetricMatch | undefined;
  let rank = false;
  if (isCounted(unit) && mention.noun !== undefined) {
    metricMatch = countedMetric(mention, metricWords);
    // "second only to Russia as a source of imports": an ordinal's place in a metric named just after it;
    // "in the third place", "на третьому місці": its place in the metric of its clause.
    // "146 млн человек", "2.7 million people": people are what is counted, the metric is the clause's.
    if (metricMatch === undefined && unit === "count" && PEOPLE_NOUNS.some((n) => mention.noun?.toLowerCase().startsWith(n) === true)) metricMatch = nearest(metricWords, mention);
    if (metricMatch === undefined && unit === "ordinal") {
      metricMatch = metricWords.find((x) => x.start >= mention.end && x.start - mention.end <= CUE_REACH && x.value.kind === "metric" && x.value.metric.counted !== true);
      if (metricMatch === undefined && RANK_NOUNS.some((n) => mention.noun?.toLowerCase().startsWith(n) === true))
        metricMatch = nearest(metricWords.filter((x) => x.value.kind === "metric" && x.value.metric.counted !== true), mention);
      rank = metricMatch !== undefined;
    }
    if (metricMatch === undefined) return "no-metric";
  } else {
    // "A $650 million plant": an amount before a noun is that thing's value or size — the noun's metric
    // when it has one ("a $2 billion investment"), else none of its clause's.
    const next = within(c.words, { start: mention.end, end: mention.end + 80 })[0];
    const adjacent = next !== undefined && next.start - mention.end <= 2 ? next : undefined;
    if (adjacent !== undefined && !adjacent.cjk && isAttributiveNoun(c.text, c.words, mention, adjacent)) {
      metricMatch = metricWords.find((x) => x.start === adjacent.start);
      if (metricMatch === undefined) return "no-metric";
    } else metricMatch = nearest(metricWords, mention);
  }

  // A figure with no metric of its own continues an earlier one: in its sentence, or in the sentence
  // before when it points back ("a lower figure").
  let referent: Reading | undefined;
  if (metricMatch === undefined) {
    referent = c.readings.slice(-LOOK_BACK).reverse().find((r) => r.dimension === dimension || (unit === "count" && r.unit === undefined && mention.noun === undefined));
    if (referent === undefined && c.previous !== undefined && c.sentenceCues.some((x) => has(x, "anaphora")))
      referent = c.previous.slice(-LOOK_BACK).reverse().find((r) => r.dimension === dimension);
    // A bare number compared with an amount: "10 million tons, against the current 2–3 million".
    if (referent === undefined && unit === "count" && mention.noun === undefined) {
      const before = c.readings.slice(-LOOK_BACK).reverse().find((r) => r.dimension !== "count");
      if (before !== undefined && c.cues.some((x) => has(x, "baseline") && x.end <= mention.start)) referent = before;
    }
    if (referent === undefined) return "no-metric";
    origin.metric = "reference";
  }

  const metricEntry = metricMatch?.value.kind === "metric" ? metricMatch.value.metric : undefined;
  let metric = metricEntry?.id ?? (referent as Reading).metric;
  let bilateral = metricEntry !== undefined ? metricEntry.bilateral === true || metricEntry.id === "agreements signed" || metricEntry.id === "projects" : (referent as Reading).bilateral;
  // A value beside a count of things: "70 agreements worth $15 billion" is the agreements' value.
  if (metricEntry?.counted === true && !isCounted(unit) && dimension === "currency") metric = `value of ${metric}`;
  if (rank) metric = `${metric} rank`;
  // "3.5% of Kazakhstan's GDP" after "debt …": the debt's ratio to GDP.
  if (metricEntry?.id === "GDP" && (unit === "%" || unit === "pp") && metricMatch !== undefined && metricMatch.start >= mention.end) {
    const base = nearest(metricWords.filter((x) => x.end <= mention.start && x.value.kind === "metric" && x.value.metric.id !== "GDP"), mention);
    const baseMetric = base?.value.kind === "metric" ? base.value.metric.id : undefined;
    if (baseMetric !== undefined) metric = `${baseMetric} to GDP`;
  } else if (metricEntry !== undefined && (unit === "%" || unit === "pp")) {
    const ofGdp = c.metrics.find((x) => x.value.kind === "cue" && x.value.cue === "ofGdp" && x.start >= mention.end && x.start - mention.end <= 4);
    const growth = c.metrics.find((x) => x.value.kind === "cue" && x.value.cue === "growth" && (x.start - mention.end <= CUE_REACH && x.start >= mention.end || mention.start - x.end <= CUE_REACH && x.end <= mention.start));
    const share = c.metrics.find((x) => x.value.kind === "cue" && x.value.cue === "share");
    if (ofGdp !== undefined && metric !== "GDP") metric = `${metric} to GDP`;
    else if (growth !== undefined) metric = `${metric} growth`;
    else if (share !== undefined) metric = `share of ${metric}`;
    bilateral = bilateral && growth === undefined && share === undefined;
  }
  if (unit === "x" && metricEntry !== undefined) metric = `${metric} growth multiple`;
  return { metricMatch, metricEntry, referent, metric, bilateral };
};

import type { Period } from "../period/types.js";
import { modalityOf } from "./modalityOf.js";
import { yearOf, yearPeriod } from "./periodText.js";
import { CUE_REACH, LOCAL } from "./reaches.js";
import { has, type Context, type MutableOrigin, type Reading } from "./readingTypes.js";
import { between, nearest } from "./spans.js";
import type { Mention } from "./types.js";
import { isCounted } from "./unitKinds.js";

// Step three of readMention: when. The order of the fallbacks is the precedence a reader gives them:
// the words beside the figure first, inference from the story last; each records how in `origin`.

/** Words that open a counting window: "since 2020", "з 2020 року", "с 2020 года", "自2020年". */
const SINCE = ["since", "з ", "із ", "зі ", "с ", "со ", "自", "从"];

/** Periods an event's date may refine. */
const COARSE: ReadonlySet<string> = new Set(["year", "half", "season", "quarter"]);

/** Whether `q` is a month or a day inside `p` (and not `p` itself). */
const isFinerInside = (q: Period, p: Period): boolean =>
  (q.kind === "month" || q.kind === "day") && q.start >= p.start && q.end <= p.end && (q.start !== p.start || q.end !== p.end);

/**
 * Metrics of events, which happen when the news tells them unless the words give another date.
 *
 * @internal
 */
export const EVENT_METRICS: ReadonlySet<string> = new Set(["agreements signed", "value of agreements signed", "visits", "summits"]);

/** Two figures of one kind: the same unit, and for counts the same noun. */
const sameKind = (a: Mention, b: Mention): boolean =>
  a.quantity.unit === b.quantity.unit && (!isCounted(a.quantity.unit) || (a.noun ?? "") === (b.noun ?? ""));


/**
 * The period a figure is about, and the counting window of a count ("since 2020").
 *
 * @internal
 */
export interface PickedPeriod {
  readonly period: Period | undefined;
  readonly window: string | undefined;
}

/**
 * The period of a figure: the one beside it, then phrases counting back ("a year earlier") or pointing to
 * the same period, the sentence's nearest free period, "current", its reference's, a finer date of the same
 * event, and for an undated event the story's date.
 *
 * @internal
 */
export const pickPeriod = (mention: Mention, c: Context, metric: string, referent: Reading | undefined, origin: MutableOrigin): PickedPeriod => {
  const unit = mention.quantity.unit;
  let period: Period | undefined = mention.period;
  // "The third since 2020": for a count or an ordinal, "since 2020" is the window it counts in, a
  // qualifier of the series, not the time the claim is about.
  let window: string | undefined;
  if (isCounted(unit) && period !== undefined && period.kind === "interval" && SINCE.some((w) => period?.text.toLowerCase().startsWith(w) === true)) {
    window = period.text;
    period = undefined;
  }
  // "$5 billion in 2023, against $4 billion a year earlier": a phrase counting back that is nearer the
  // figure than the period beside it is this figure's.
  const back = unit === "x" ? undefined : c.sentenceCues.find((x) => has(x, "previous-year") && x.end > mention.start - LOCAL && x.start < mention.end + LOCAL);
  if (back !== undefined && period !== undefined) {
    const own = c.sentencePeriods.find((p) => p.period === mention.period || (p.period.start === mention.period?.start && p.period.end === mention.period.end && p.period.text === mention.period.text));
    const gap = (x: { start: number; end: number }): number => (x.end <= mention.start ? mention.start - x.end : x.start - mention.end);
    if (own !== undefined && gap(back) < gap(own)) period = undefined;
  }
  if (period === undefined && back !== undefined) {
    {
      const anchor = nearest(c.sentencePeriods, back)?.period ?? c.lastPeriod ?? c.publicationYear;
      if (anchor !== undefined) {
        period = yearPeriod(yearOf(anchor) - 1);
        origin.period = "previous-year";
      }
    }
  }
  // "The same year's two-way trade": the period of the sentence, or of the figures before it.
  if (period === undefined) {
    const same = c.sentenceCues.find((x) => has(x, "same-period") && x.end > mention.start - LOCAL && x.start < mention.end + LOCAL);
    const anchor = same === undefined ? undefined : (nearest(c.sentencePeriods, same)?.period ?? c.lastPeriod);
    if (anchor !== undefined) {
      period = anchor;
      origin.period = "same-period";
    }
  }
  if (period === undefined) {
    // As extractQuantities does beside a figure: a period with another figure of the same kind between
    // is that figure's ("1.5 million tonnes from January 2023 … and up to 6 million tonnes").
    const free = c.sentencePeriods.filter((p) => p.period.text !== window && !c.mentions.some((other, j) => j !== c.index && sameKind(other, mention) && between(other, p, mention)));
    const inSentence = nearest(free, mention, 1);
    if (inSentence !== undefined) {
      period = inSentence.period;
      origin.period = "sentence";
    }
  }
  if (period === undefined && c.cues.some((x) => has(x, "current") && x.end <= mention.start && mention.start - x.end <= CUE_REACH)) {
    period = c.publicationYear;
    if (period !== undefined) origin.period = "current";
  }
  if (period === undefined && referent !== undefined && referent.period !== undefined) {
    period = referent.period;
    origin.period = "reference";
  }
  // "During Xi's visit this summer" after "This July, Xi … held his fifth official visit": the same
  // event, dated more finely before — its date, when it lies inside this one.
  if (period !== undefined && COARSE.has(period.kind)) {
    for (const word of c.metrics) {
      if (word.value.kind !== "metric") continue;
      const finer = c.events.get(word.value.metric.id)?.find((q) => isFinerInside(q, period as Period));
      if (finer !== undefined) {
        period = finer;
        origin.period = "same-event";
        break;
      }
    }
  }
  // An event told without a date (agreements signed, a visit) is the news of its sentence's story: dated
  // by one of the two sentences before, when they give a date, else by the month of publication.
  if (period === undefined && EVENT_METRICS.has(metric) && modalityOf(mention, c.cues, c.mentions) === "actual") {
    if (c.previousPeriod !== undefined) {
      period = c.previousPeriod;
      origin.period = "earlier-sentence";
    } else if (c.publicationMonth !== undefined) {
      period = c.publicationMonth;
      origin.period = "publication";
    }
  }
  return { period, window };
};

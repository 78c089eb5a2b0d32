/**
 * A seeded synthetic corpus for the corpus-scale benchmarks: series of about five claims about one
 * figure (a count), from a handful of sources with different error rates. Some errors are near misses
 * (a digit off, a few per cent), some far (a scale slip), and a "copier" source repeats another
 * source's figure, right or wrong. Same seed, same corpus.
 */
import type { ClaimInput } from "../src/claim/schema.js";
import type { Claim } from "../src/claim/types.js";
import { CORPUS_PARTS_LIMIT, createPartsCache } from "../src/claim/shareParts.js";
import { parsePeriod } from "../src/period/parsePeriod.js";
import { buildQuantity } from "../src/quantity/build.js";

/** mulberry32: a small, fast, seeded PRNG with a 2³² period — plenty for a benchmark. */
export const createRandom = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** A source of the synthetic corpus and how often it is wrong. */
export interface SyntheticSource {
  readonly name: string;
  readonly errorRate: number;
  /** Repeats the figure of the source before it in the series instead of reporting its own. */
  readonly copies?: boolean;
}

export const SYNTHETIC_SOURCES: readonly SyntheticSource[] = [
  { name: "National Statistics Office", errorRate: 0.02 },
  { name: "Ministry of Economy", errorRate: 0.05 },
  { name: "Central Bank", errorRate: 0.08 },
  { name: "Wire Service", errorRate: 0.15 },
  { name: "Daily Herald", errorRate: 0.25 },
  { name: "Evening Post", errorRate: 0.3 },
  { name: "Aggregator Bot", errorRate: 0.1, copies: true },
  { name: "Anonymous Blog", errorRate: 0.45 },
];

/** One generated claim: its JSON input, and the truth of its series for scoring. */
export interface SyntheticCorpus {
  readonly inputs: ClaimInput[];
  /** Per series index: the true figure, as a decimal string. */
  readonly truths: string[];
}

/** Options of {@link generateCorpus}. */
export interface GenerateOptions {
  readonly claims: number;
  readonly seed?: number;
  /** Claims per series on average (each series has 3–7). Default 5. */
  readonly perSeries?: number;
  /**
   * Shuffle the claims (seeded) so that a series' claims are scattered through the input, as in a file
   * gathered article by article rather than sorted by series. Default true.
   */
  readonly interleave?: boolean;
}

// Errors are as likely above the truth as below it, so that a fixed tie rule ("the smaller figure") is no
// oracle and a method must earn its accuracy.
const wrongFigure = (truth: number, random: () => number): number => {
  const kind = random();
  const down = random() < 0.5;
  let wrong: number;
  if (kind < 0.4) wrong = truth + (down ? -1 : 1) * Math.max(1, Math.round(truth * random() * 0.03)); // a few per cent off
  else if (kind < 0.7) {
    const digits = String(truth);
    const at = Math.floor(random() * digits.length);
    const digit = (Number(digits[at]) + 1 + Math.floor(random() * 9)) % 10;
    wrong = Number(digits.slice(0, at) + digit + digits.slice(at + 1)); // a digit off
  } else if (kind < 0.85) wrong = down ? Math.round(truth / 1000) : truth * 1000; // a scale slip
  else wrong = Math.round(truth * Math.exp((down ? -1 : 1) * (0.1 + random() * 0.6))); // far off
  return wrong === truth || wrong <= 0 ? truth + 1 : wrong;
};

/**
 * Generates `claims` claim inputs in series of 3–7, each about one city-like subject and year, as the
 * JSON a user would pass to `parseClaims` (values as structured exact counts).
 */
export const generateCorpus = ({ claims, seed = 1, perSeries = 5, interleave = true }: GenerateOptions): SyntheticCorpus => {
  const random = createRandom(seed);
  const inputs: ClaimInput[] = [];
  const truths: string[] = [];
  for (let series = 0; inputs.length < claims; series++) {
    const truth = 1000 + Math.floor(random() * 9_000_000);
    truths.push(String(truth));
    const size = Math.min(claims - inputs.length, perSeries - 2 + Math.floor(random() * 5));
    const year = String(2000 + (series % 24));
    const subject = `place ${series}`;
    // Distinct sources per series, picked by a seeded shuffle.
    const order = SYNTHETIC_SOURCES.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let previous = truth;
    for (let n = 0; n < size; n++) {
      const source = SYNTHETIC_SOURCES[order[n % order.length]!]!;
      let figure: number;
      if (source.copies === true && n > 0) figure = previous;
      else figure = random() < source.errorRate ? wrongFigure(truth, random) : truth;
      previous = figure;
      inputs.push({
        id: `s${series}-${n}`,
        metric: "population",
        subject: [subject],
        value: { amount: String(figure), unit: "count", bound: "exact" },
        period: year,
        source: source.name,
      });
    }
  }
  if (interleave)
    for (let i = inputs.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [inputs[i], inputs[j]] = [inputs[j]!, inputs[i]!];
    }
  return { inputs, truths };
};

/**
 * Builds {@link Claim}s from generated inputs the way `parseClaims()` lays them out, without
 * re-validating (the inputs are known good, and a million zod runs would measure zod, not
 * reconciliation; `claim()` is timed on its own). Each claim gets its own objects where `claim()` makes
 * them per claim (the claim, its quantity), and shares across the corpus what `parseClaims()` shares
 * (subject, qualifiers, series key, period, a source given by name: src/claim/shareParts.ts).
 */
export const toClaims = (inputs: readonly ClaimInput[]): Claim[] => {
  const out: Claim[] = [];
  const parts = createPartsCache(CORPUS_PARTS_LIMIT);
  for (const input of inputs) {
    const { subject, qualifiers, seriesKey } = parts.series(input.metric, input.subject, false, input.qualifiers);
    const value = input.value as { amount: string };
    const quantity = buildQuantity({ text: `${value.amount} count`, written: { digits: value.amount, scale: 0 }, unit: "count", qualifier: "exact" });
    const text = input.period!;
    const period = parts.findPeriod(text, undefined, undefined) ?? parts.period(text, undefined, undefined, parsePeriod(text));
    out.push(
      Object.freeze({
        id: input.id!,
        metric: input.metric,
        subject,
        direction: false,
        qualifiers,
        period,
        modality: "actual",
        quantity,
        source: parts.namedSource(input.source as string),
        seriesKey,
      }) as Claim,
    );
  }
  return out;
};

import type { Period } from "../period/types.js";
import type { Source } from "../source/types.js";
import { toSeriesKey, type SeriesKeyOptions } from "./toSeriesKey.js";

/**
 * The immutable parts claims share. A corpus repeats a few periods, sources and series over and over
 * (a million claims may name twenty periods and a dozen sources), and every claim stays in memory for
 * the whole of a corpus run: built once and shared, these parts are one object each instead of one per
 * claim, which the garbage collector then marks and moves once, and a run reads them from cache instead
 * of from wherever each claim's copy was put. Sharing is invisible in the data (the parts are frozen and
 * equal either way); only `===` between two claims' parts can tell.
 *
 * Every cache is emptied when it reaches its bound, so memory stays bounded whatever the input; a part
 * built after that is merely not shared with the ones built before. `claim()` uses one small set of
 * caches for the whole program ({@link sharedParts}); `parseClaims` and the command line make a large
 * set for each corpus ({@link CORPUS_PARTS_LIMIT}), dropped with it.
 */

/** A map from text to a value, emptied when it reaches its bound. */
class Bounded<T> {
  private map = new Map<string, T>();

  constructor(private readonly limit: number) {}

  get(key: string): T | undefined {
    return this.map.get(key);
  }

  set(key: string, value: T): T {
    if (this.map.size >= this.limit) this.map = new Map();
    this.map.set(key, value);
    return value;
  }
}

/** A claim's series fields as built, and its series key. @internal */
export interface SeriesParts {
  readonly subject: readonly string[];
  readonly qualifiers: Readonly<Record<string, string>>;
  readonly seriesKey: string;
}

/** The qualifiers of a claim without any: one frozen empty object for all of them. @internal */
export const NO_QUALIFIERS: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({});

/** One set of caches of shared claim parts. @internal */
export interface PartsCache {
  /**
   * The frozen subject and qualifiers of a claim, and its series key, shared by every claim with the
   * same metric, subject, direction and qualifiers as written (keyed by their JSON, which tells any two
   * apart).
   */
  series(
    metric: string,
    subject: string | readonly string[] | undefined,
    direction: boolean,
    qualifiers: Readonly<Record<string, string>> | undefined,
    keyOptions?: SeriesKeyOptions,
  ): SeriesParts;
  /** The period `text` resolved to before under `lang` and `reference` (parsing is pure), if it is still held. */
  findPeriod(text: string, reference: string | undefined, lang: string | undefined, fiscalYearStart?: number): Period | undefined;
  /** Keeps `period` as what `text` resolves to under `lang` and `reference`, and returns it. */
  period(text: string, reference: string | undefined, lang: string | undefined, period: Period, fiscalYearStart?: number): Period;
  /** The frozen source `{ name }` of a source given as a bare name, one object per name. */
  namedSource(name: string): Source;
}

const periodKey = (text: string, reference: string | undefined, lang: string | undefined, fiscalYearStart: number | undefined): string =>
  JSON.stringify([text, reference ?? null, lang ?? null, fiscalYearStart ?? null]);

/** Caches of shared claim parts, each emptied when it holds `limit` entries. @internal */
export const createPartsCache = (limit: number): PartsCache => {
  const series = new Bounded<SeriesParts>(limit);
  const periods = new Bounded<Period>(limit);
  const namedSources = new Bounded<Source>(limit);
  return {
    series(metric, subject, direction, qualifiers, keyOptions) {
      // With the caller's aliases or metric words the key depends on them: built afresh, not shared.
      const own = keyOptions !== undefined && (keyOptions.aliases !== undefined || keyOptions.metrics !== undefined);
      const key = JSON.stringify([metric, direction, subject ?? null, qualifiers ?? null]);
      const known = own ? undefined : series.get(key);
      if (known !== undefined) return known;
      const frozenSubject = Object.freeze(subject === undefined ? [] : typeof subject === "string" ? [subject] : [...subject]);
      const frozenQualifiers = qualifiers === undefined || Object.keys(qualifiers).length === 0 ? NO_QUALIFIERS : Object.freeze({ ...qualifiers });
      const parts = Object.freeze({
        subject: frozenSubject,
        qualifiers: frozenQualifiers,
        seriesKey: toSeriesKey({ metric, subject: frozenSubject, direction, qualifiers: frozenQualifiers }, own ? keyOptions : undefined),
      });
      return own ? parts : series.set(key, parts);
    },
    findPeriod: (text, reference, lang, fy) => periods.get(periodKey(text, reference, lang, fy)),
    period: (text, reference, lang, period, fy) => periods.set(periodKey(text, reference, lang, fy), period),
    namedSource: (name) => namedSources.get(name) ?? namedSources.set(name, Object.freeze({ name: name.trim() })),
  };
};

/**
 * The caches `claim()` uses, kept for the whole program: small, since nothing tells when its claims die.
 *
 * @internal
 */
export const sharedParts: PartsCache = /* @__PURE__ */ createPartsCache(1 << 14);

/**
 * The bound of a corpus's own caches. A corpus of shuffled series outgrows {@link sharedParts} at once
 * (a million claims in 200,000 series got 963,474 subject objects through it: 4.6 % of the repeats
 * shared). A corpus's own caches live only as long as it is being read, and hold at most one entry per
 * distinct series, period and source name, about 150 B each beside claims of about 350 B (figures in
 * bench/README.md, "Shared parts").
 *
 * @internal
 */
export const CORPUS_PARTS_LIMIT = 1 << 20;

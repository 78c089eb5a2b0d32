import type { Period } from "../period/types.js";
import type { Source } from "../source/types.js";
import { toSeriesKey } from "./toSeriesKey.js";

/**
 * The immutable parts claims share. A corpus repeats a few periods, sources and series over and over
 * (a million claims may name twenty periods and a dozen sources), and every claim stays in memory for
 * the whole of a corpus run: built once and shared, these parts are one object each instead of one per
 * claim, which the garbage collector then marks and moves once, and a run reads them from cache instead
 * of from wherever each claim's copy was put. Sharing is invisible in the data (the parts are frozen and
 * equal either way); only `===` between two claims' parts can tell.
 *
 * Every cache is emptied when it reaches its bound, so memory stays bounded whatever the input; a part
 * built after that is merely not shared with the ones built before.
 */
const LIMIT = 1 << 14;

/** A map from text to a value, emptied when it reaches {@link LIMIT} entries. */
class Bounded<T> {
  private map = new Map<string, T>();

  get(key: string): T | undefined {
    return this.map.get(key);
  }

  set(key: string, value: T): T {
    if (this.map.size >= LIMIT) this.map = new Map();
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
export const NO_QUALIFIERS: Readonly<Record<string, string>> = Object.freeze({});

const seriesParts = new Bounded<SeriesParts>();

/**
 * The frozen subject and qualifiers of a claim, and its series key, shared by every claim with the same
 * metric, subject, direction and qualifiers as written (keyed by their JSON, which tells any two apart).
 *
 * @internal
 */
export const shareSeriesParts = (
  metric: string,
  subject: string | readonly string[] | undefined,
  direction: boolean,
  qualifiers: Readonly<Record<string, string>> | undefined,
): SeriesParts => {
  const key = JSON.stringify([metric, direction, subject ?? null, qualifiers ?? null]);
  const known = seriesParts.get(key);
  if (known !== undefined) return known;
  const frozenSubject = Object.freeze(subject === undefined ? [] : typeof subject === "string" ? [subject] : [...subject]);
  const frozenQualifiers = qualifiers === undefined || Object.keys(qualifiers).length === 0 ? NO_QUALIFIERS : Object.freeze({ ...qualifiers });
  return seriesParts.set(
    key,
    Object.freeze({
      subject: frozenSubject,
      qualifiers: frozenQualifiers,
      seriesKey: toSeriesKey({ metric, subject: frozenSubject, direction, qualifiers: frozenQualifiers }),
    }),
  );
};

const periods = new Bounded<Period>();
const periodKey = (text: string, reference: string | undefined, lang: string | undefined): string => JSON.stringify([text, reference ?? null, lang ?? null]);

/** The period `text` resolved to before under `lang` and `reference` (parsing is pure), if it is still held. @internal */
export const findSharedPeriod = (text: string, reference: string | undefined, lang: string | undefined): Period | undefined =>
  periods.get(periodKey(text, reference, lang));

/** Keeps `period` as what `text` resolves to under `lang` and `reference`, and returns it. @internal */
export const sharePeriod = (text: string, reference: string | undefined, lang: string | undefined, period: Period): Period =>
  periods.set(periodKey(text, reference, lang), period);

const namedSources = new Bounded<Source>();

/** The frozen source `{ name }` of a source given as a bare name, one object per name. @internal */
export const shareNamedSource = (name: string): Source => namedSources.get(name) ?? namedSources.set(name, Object.freeze({ name: name.trim() }));

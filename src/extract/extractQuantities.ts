import { DiscrepancyError } from "../errors.js";
import { scanDetailed } from "../quantity/scan.js";
import { phraseTable } from "../quantity/phraseTable.js";
import { resolveScanOptions, type ResolvedScanOptions } from "../quantity/scanOptions.js";
import { boundAfterNoun } from "./boundAfterNoun.js";
import { countedNoun } from "./countedNoun.js";
import { detectLang } from "./detectLang.js";
import { findPeriods } from "./findPeriods.js";
import { isNameOrReference } from "./isNameOrReference.js";
import { isYearOrDate } from "./isYearOrDate.js";
import { nearestPeriods } from "./nearestPeriods.js";
import type { ExtractOptions, Mention } from "./types.js";

const lenientField = (name: "lang" | "dollar" | "approxTolerance", value: unknown): ResolvedScanOptions | undefined => {
  try {
    return resolveScanOptions({ [name]: value });
  } catch (error) {
    if (error instanceof DiscrepancyError) return undefined;
    throw error;
  }
};

/**
 * Options as given where valid, defaults where not — except `lang`: a language the library does not
 * read ("de") would be read as another language's text, so it is refused. The text itself never makes
 * extraction throw.
 */
const lenient = (options: ExtractOptions | undefined): { scan: ResolvedScanOptions; publishedAt: string | undefined } => {
  const given: Partial<Record<keyof ExtractOptions, unknown>> = typeof options === "object" && options !== null ? options : {};
  if (given.lang !== undefined) resolveScanOptions({ lang: given.lang });
  const publishedAt = typeof given.publishedAt === "string" ? given.publishedAt : undefined;
  try {
    return { scan: resolveScanOptions({ lang: given.lang, dollar: given.dollar, approxTolerance: given.approxTolerance }), publishedAt };
  } catch (error) {
    if (!(error instanceof DiscrepancyError)) throw error;
  }
  const scan: ResolvedScanOptions = {
    lang: lenientField("lang", given.lang)?.lang,
    dollar: lenientField("dollar", given.dollar)?.dollar ?? "USD",
    approxTolerance: lenientField("approxTolerance", given.approxTolerance)?.approxTolerance,
  };
  return { scan, publishedAt };
};

/**
 * Finds the quantities in free text — "over 70 agreements", "$650 млн", "понад 15 млрд доларів",
 * "410亿美元", "2–3 million" — with their spans, bound words (inside the span), ranges, the counted
 * noun of a count, the language, and the nearest period in the same sentence. It is the scanner of
 * {@link parseQuantity} run over the whole text, plus what free text needs: years, dates and day
 * numbers are skipped ("In 2023, 2.7 million people" has one amount), numbers inside identifiers are
 * skipped ("COVID-19", "A380"), so are numerals inside names and references ("the Three Gorges",
 * "Figure 2", "p. 57", "one of the largest", 四川), and periods are read by the period module's grammar.
 *
 * Never throws on text; linear in the text. Invalid options fall back to their defaults, except a
 * `lang` the library does not read, which is refused rather than read as another language.
 *
 * @throws {DiscrepancyError} `invalid-argument` for a `lang` other than `en`, `uk`, `ru`, `zh`.
 * @example
 * ```ts
 * extractQuantities("Bilateral trade reached a record $41 billion in 2023.").map((m) => [m.text, m.period?.start]);
 * // [["$41 billion", "2023-01-01"]]
 * extractQuantities("Казахстан підписав понад 70 угод").map((m) => [m.text, m.noun, m.lang]);
 * // [["понад 70", "угод", "uk"]]
 * ```
 */
export const extractQuantities = (text: string, options?: ExtractOptions): readonly Mention[] => {
  if (typeof text !== "string" || text.length === 0) return Object.freeze([]);
  const { scan, publishedAt } = lenient(options);
  const lang = scan.lang ?? detectLang(text);
  const { matches, tokens, endTokens } = scanDetailed(text, { ...scan, fallbackLang: lang }, phraseTable());
  if (matches.length === 0) return Object.freeze([]);
  const periods = findPeriods(text, matches, scan.lang, publishedAt, tokens);

  // Token starts of the matches, found in one sweep.
  const startTokens: number[] = [];
  let t = 0;
  for (const match of matches) {
    while (t < tokens.length && (tokens[t]?.start ?? 0) < match.start) t++;
    startTokens.push(t);
  }

  const kept: Mention[] = [];
  let p = 0;
  for (let m = 0; m < matches.length; m++) {
    const match = matches[m];
    const from = startTokens[m];
    const to = endTokens[m];
    if (match === undefined || from === undefined || to === undefined) continue;
    while (p < periods.length && (periods[p]?.end ?? 0) <= match.start) p++;
    if (isYearOrDate(match, tokens, from, to, periods, p)) continue;
    if (isNameOrReference(match, text, tokens, from, to)) continue;
    // A lone 一 is mostly part of a word (一些, 一切, 统一, 一带一路), not the number one.
    if (to - from === 1 && tokens[from]?.key === "一" && match.quantity.unit === "count") continue;
    const unit = match.quantity.unit;
    // "3万人以上": a Chinese bound word after the count's classifier.
    const bounded = match.lang === "zh" ? boundAfterNoun(text, match.start, match.end, match.quantity) : undefined;
    if (bounded !== undefined) {
      kept.push({ text: text.slice(match.start, bounded.end), start: match.start, end: bounded.end, quantity: bounded.quantity, lang: match.lang });
      continue;
    }
    const noun = unit === "count" || unit === "ordinal" ? countedNoun(text, tokens, to, startTokens[m + 1] ?? tokens.length) : undefined;
    const quantity = noun === undefined ? match.quantity : Object.freeze({ ...match.quantity, noun });
    kept.push({ text: text.slice(match.start, match.end), start: match.start, end: match.end, quantity, lang: match.lang, ...(noun !== undefined ? { noun } : {}) });
  }

  const attached = nearestPeriods(text, kept, periods);
  return Object.freeze(
    kept.map((mention, i) => {
      const period = attached[i];
      return Object.freeze(period === undefined ? mention : { ...mention, period });
    }),
  );
};

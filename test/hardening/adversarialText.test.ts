// Text from the open web is untrusted: the scanners and the safe parsers must never throw on it, must
// return well-formed spans, and must stay linear on the worst inputs for each of their readers.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  extractClaims,
  extractQuantities,
  isDiscrepancyError,
  safeParsePeriod,
  safeParseQuantity,
  scanPeriods,
  scanQuantities,
  type Quantity,
} from "../../src/index.js";
import { repeatTo, WORST_CASES } from "./linearTime.js";
import { REFERENCE } from "./textFunctions.js";



// Pieces that exercise every reader at once: numbers, separators, scale and bound words, currencies,
// CJK numerals, period words in four languages — and what breaks naive code: control characters, lone
// surrogates, bidi and zero-width marks, combining marks, fullwidth and Arabic-Indic digits, emoji.
const PIECES = [
  ...WORST_CASES.map(([, pattern]) => pattern),
  "$41 billion",
  "понад 15 млрд доларів",
  "31,5 млрд долл.",
  "410亿美元",
  "2–3 million",
  "fifth",
  "第五",
  "2023-Q3",
  "as of 1 January 2024",
  "минулого місяця",
  "\u0000",
  "\u0007",
  "\u001f",
  "\u007f",
  "\u0085",
  "\ud800",
  "\udfff",
  "\udc00\ud800",
  "\u200b",
  "\u200d",
  "\u200e",
  "\u202e",
  "\u2066",
  "\ufeff",
  "\u00a0",
  "\u202f",
  "\u0301",
  "１２３",
  "٣٤٥",
  "۴۵",
  "😀",
  "👨‍👩‍👧",
  "\r\n",
  "\n",
  " ",
  ".",
  ",",
  "-",
  "%",
];

const vocabularyText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(""));
const vocabularyTextSpaced = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(" "));

const ARBITRARY_TEXT: readonly (readonly [string, fc.Arbitrary<string>])[] = [
  ["any UTF-16 code units, lone surrogates included", fc.string({ unit: "binary", maxLength: 200 })],
  ["any Unicode graphemes", fc.string({ unit: "grapheme", maxLength: 100 })],
  ["mixed scripts and hostile characters, joined", vocabularyText],
  ["mixed scripts and hostile characters, spaced", vocabularyTextSpaced],
];

const isWellFormedQuantity = (q: Quantity): boolean =>
  q.value.isFinite() &&
  (q.low === null || q.low.isFinite()) &&
  (q.high === null || q.high.isFinite()) &&
  (q.low === null || q.high === null || q.low.lte(q.high)) &&
  Object.isFrozen(q);

/** Spans are inside the text, non-empty, in order and not overlapping. */
const checkSpans = (text: string, spans: readonly { start: number; end: number }[]): void => {
  let last = 0;
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(last);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.end).toBeLessThanOrEqual(text.length);
    last = span.end;
  }
};

describe("arbitrary text never makes a scanner or a safe parser throw", () => {
  it.each(ARBITRARY_TEXT)("%s", (_name, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (text) => {
        const matches = scanQuantities(text);
        expect(Object.isFrozen(matches)).toBe(true);
        checkSpans(text, matches);
        for (const m of matches) expect(isWellFormedQuantity(m.quantity)).toBe(true);

        const mentions = extractQuantities(text, { publishedAt: REFERENCE });
        checkSpans(text, mentions);
        for (const m of mentions) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(isWellFormedQuantity(m.quantity)).toBe(true);
        }

        const { claims, skipped } = extractClaims(text, { publishedAt: REFERENCE });
        checkSpans(text, claims);
        expect(claims.length + skipped.length).toBe(mentions.length);

        const periods = scanPeriods(text, { reference: REFERENCE });
        checkSpans(text, periods);
        for (const p of periods) expect(p.period.start <= p.period.end).toBe(true);

        const quantity = safeParseQuantity(text);
        if (quantity.success) expect(isWellFormedQuantity(quantity.quantity)).toBe(true);
        else expect(isDiscrepancyError(quantity.error)).toBe(true);

        const period = safeParsePeriod(text, { reference: REFERENCE });
        if (!period.success) expect(isDiscrepancyError(period.error)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

});

describe("worst cases for each reader", () => {
  it.each(WORST_CASES)("%s: a 10 KB run of %j never throws and gives well-formed spans", (_name, pattern) => {
    const text = repeatTo(pattern, 10_000);
    checkSpans(text, scanQuantities(text));
    checkSpans(text, extractQuantities(text, { publishedAt: REFERENCE }));
    checkSpans(text, extractClaims(text, { publishedAt: REFERENCE }).claims);
    checkSpans(text, scanPeriods(text, { reference: REFERENCE }));
    expect(safeParseQuantity(text).success).toBe(false);
    expect(safeParsePeriod(text).success).toBe(false);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claim } from "../../src/claim/claim.js";
import { compare } from "../../src/compare/compare.js";
import { Decimal } from "../../src/decimal.js";
import { isDiscrepancyError } from "../../src/errors.js";
import { extractQuantities } from "../../src/extract/extractQuantities.js";
import type { Lang } from "../../src/lexicon/types.js";
import { safeParseQuantity } from "../../src/quantity/parseQuantity.js";
import type { Bound } from "../../src/quantity/types.js";

/*
 * Oracle round trip: a generator writes a quantity it knows — sign, digits, decimals, the language's
 * grouping, a scale word or letter, a currency symbol, code or word before or after, a bound word — in
 * English, Ukrainian, Russian or Chinese. `parseQuantity` must return exactly that value, unit and bound,
 * or refuse; extraction of the same text inside a sentence must find it with the same result, or nothing.
 * Never another number.
 *
 * The generator writes what each language's writers write, and leaves out one documented reading of the
 * precision policy (README): in Ukrainian and Russian a lone comma before exactly three digits with no
 * scale word groups thousands ("1,700 км" is 1,700 km), so three decimals there come with a scale word or
 * a grouped whole part.
 */

interface Written {
  readonly lang: Lang;
  readonly text: string;
  readonly value: Decimal;
  readonly unit: string;
  /** The bound the words state; `plain` lets the precision policy choose exact or rounded. */
  readonly bound: Bound | "plain";
  /** The text inside a sentence. */
  readonly sentence: string;
}

interface Style {
  readonly group: string;
  readonly decimal: string;
}

const EN_STYLES: readonly Style[] = [
  { group: ",", decimal: "." },
  { group: "'", decimal: "." },
  { group: "’", decimal: "." },
  { group: "\u00a0", decimal: "." },
  { group: "\u2009", decimal: "." },
  { group: "\u202f", decimal: "." },
  { group: "", decimal: "." },
];
const CYRILLIC_STYLES: readonly Style[] = [
  { group: " ", decimal: "," },
  { group: "\u00a0", decimal: "," },
  { group: "\u2009", decimal: "," },
  { group: "\u202f", decimal: "," },
  { group: ".", decimal: "," },
  { group: "", decimal: "," },
];
const ZH_STYLES: readonly Style[] = [
  { group: ",", decimal: "." },
  { group: "", decimal: "." },
];
const STYLES: Readonly<Record<Lang, readonly Style[]>> = { en: EN_STYLES, uk: CYRILLIC_STYLES, ru: CYRILLIC_STYLES, zh: ZH_STYLES };

/** Scale words, with the power of ten; `letter` ones only after a currency written before the amount. */
interface Scale {
  readonly word: string;
  readonly power: number;
  readonly tight: boolean;
  readonly letter: boolean;
}
const s = (word: string, power: number, tight = false, letter = false): Scale => ({ word, power, tight, letter });
const SCALES: Readonly<Record<Lang, readonly Scale[]>> = {
  en: [
    s("thousand", 3), s("million", 6), s("billion", 9), s("trillion", 12), s("bn", 9), s("bn", 9, true), s("mn", 6),
    s("m", 6, true, true), s("M", 6, true, true), s("B", 9, true, true), s("b", 9, true, true), s("T", 12, true, true), s("t", 12, true, true), s("K", 3, true, true),
  ],
  uk: [s("тис.", 3), s("млн", 6), s("млрд", 9), s("трлн", 12), s("мільйона", 6), s("мільярдів", 9)],
  ru: [s("тыс.", 3), s("млн", 6), s("млрд", 9), s("трлн", 12), s("миллиона", 6), s("миллиардов", 9)],
  zh: [s("万", 4, true), s("亿", 8, true), s("万亿", 12, true)],
};

/** How the amount is named: a currency before it (symbol or code), after it, a unit, or nothing (a count). */
interface Naming {
  readonly text: string;
  readonly unit: string;
  readonly place: "before" | "after" | "none";
  /** Written without a space next to the number. */
  readonly tight: boolean;
}
const before = (text: string, unit: string, tight = true): Naming => ({ text, unit, place: "before", tight });
const after = (text: string, unit: string, tight = false): Naming => ({ text, unit, place: "after", tight });
const COUNT: Naming = { text: "", unit: "count", place: "none", tight: true };
const NAMINGS: Readonly<Record<Lang, readonly Naming[]>> = {
  en: [
    before("$", "USD"), before("US$", "USD"), before("€", "EUR"), before("£", "GBP"), before("USD", "USD", false), before("EUR", "EUR", false),
    after("dollars", "USD"), after("euros", "EUR"), after("USD", "USD"), after("%", "%", true), after("km", "km"), COUNT,
  ],
  uk: [
    before("$", "USD"), before("€", "EUR"), after("доларів", "USD"), after("євро", "EUR"), after("гривень", "UAH"), after("грн", "UAH"), after("₴", "UAH"),
    after("%", "%", true), after("відсотків", "%"), after("км", "km"), COUNT,
  ],
  ru: [
    before("$", "USD"), before("€", "EUR"), after("долларов", "USD"), after("евро", "EUR"), after("рублей", "RUB"), after("руб.", "RUB"), after("₽", "RUB"),
    after("%", "%", true), after("процентов", "%"), after("км", "km"), COUNT,
  ],
  zh: [after("美元", "USD", true), after("欧元", "EUR", true), after("元", "CNY", true), before("人民币", "CNY"), after("%", "%", true), after("公里", "km", true), COUNT],
};

/** Bound words before (or, for `after`, behind) the amount. */
interface BoundWord {
  readonly text: string;
  readonly bound: Bound;
  readonly after?: boolean;
}
const b = (text: string, bound: Bound, isAfter = false): BoundWord => ({ text, bound, ...(isAfter ? { after: true } : {}) });
const BOUNDS: Readonly<Record<Lang, readonly BoundWord[]>> = {
  en: [b("over", "moreThan"), b("more than", "moreThan"), b("about", "approx"), b("almost", "approx"), b("at least", "atLeast"), b("up to", "atMost"), b("under", "lessThan"), b("less than", "lessThan"), b("or more", "atLeast", true)],
  uk: [b("понад", "moreThan"), b("близько", "approx"), b("майже", "approx"), b("щонайменше", "atLeast"), b("до", "atMost"), b("менше ніж", "lessThan")],
  ru: [b("более", "moreThan"), b("около", "approx"), b("почти", "approx"), b("не менее", "atLeast"), b("до", "atMost"), b("менее", "lessThan")],
  zh: [b("超过", "moreThan"), b("约", "approx"), b("近", "approx"), b("至少", "atLeast"), b("最多", "atMost"), b("不到", "lessThan"), b("左右", "approx", true), b("以上", "atLeast", true)],
};

/** Sentences the quantity is put in: no other number, and at most a period phrase, which is no quantity. */
const SENTENCES: Readonly<Record<Lang, readonly ((text: string) => string)[]>> = {
  en: [(t) => `The figure was ${t} last year.`, (t) => `${t} was recorded that year.`, (t) => `Net result: ${t}.`, (t) => `The result (${t}) was published.`],
  uk: [(t) => `Показник склав ${t} торік.`, (t) => `${t} — такий підсумок.`, (t) => `За даними відомства: ${t}.`],
  ru: [(t) => `Показатель составил ${t} в прошлом году.`, (t) => `${t} — таков итог.`, (t) => `По данным ведомства: ${t}.`],
  zh: [(t) => `该指标为${t}。`, (t) => `${t}，同比变化明显。`, (t) => `数据显示：${t}。`],
};

/** Where a line or a table's cell starts: a bracketed amount there is an accounting negative. */
const CELL_SENTENCES: Readonly<Record<Lang, readonly ((text: string) => string)[]>> = {
  en: [(t) => `Net result: ${t}`, (t) => `${t}\nwas the net result.`, (t) => `Net result\t${t}`],
  uk: [(t) => `Чистий результат: ${t}`, (t) => `${t}\n— чистий результат.`],
  ru: [(t) => `Чистый результат: ${t}`, (t) => `${t}\n— чистый результат.`],
  zh: [(t) => `净结果：${t}`, (t) => `${t}\n为净结果。`],
};

/** Inserts `sep` between groups of three digits, from the right. */
const grouped = (whole: string, sep: string): string => {
  if (sep === "") return whole;
  let out = "";
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) out += sep;
    out += whole[i];
  }
  return out;
};

/** What the generator chose; {@link write} turns it into text and the quantity the text states. */
interface Spec {
  readonly lang: Lang;
  readonly whole: number;
  readonly decimals: string;
  readonly style: Style;
  readonly scale: Scale | undefined;
  readonly naming: Naming;
  readonly bound: BoundWord | undefined;
  readonly sign: string;
  readonly signAfterCurrency: boolean;
  /** Which of the language's sentences the text is put in. */
  readonly sentence: number;
  /** Money written as accounts write a negative, "($5 billion)", when it has no sign and no bound word. */
  readonly accounting: boolean;
}

const specArb = (lang: Lang): fc.Arbitrary<Spec> =>
  fc.record({
    lang: fc.constant(lang),
    whole: fc.oneof(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1000, max: 9_999_999 })),
    decimals: fc.oneof(fc.constant(""), fc.stringMatching(/^[0-9]{1,3}$/)),
    style: fc.constantFrom(...STYLES[lang]),
    scale: fc.option(fc.constantFrom(...SCALES[lang]), { nil: undefined }),
    naming: fc.constantFrom(...NAMINGS[lang]),
    bound: fc.option(fc.constantFrom(...BOUNDS[lang]), { nil: undefined }),
    sign: fc.constantFrom("", "", "-", "−", "–", "+"),
    signAfterCurrency: fc.boolean(),
    sentence: fc.nat(),
    accounting: fc.boolean(),
  });

const write = (spec: Spec): Written => {
  const { lang, whole, naming, bound, signAfterCurrency } = spec;
  // A scale letter stands only after a currency written before the amount ("$5T"); no scale on %.
  const scale = spec.scale === undefined || (spec.scale.letter && naming.place !== "before") || naming.unit === "%" ? undefined : spec.scale;
  let decimals = spec.decimals;
  let style = spec.style;
  const groups = whole >= 1000;
  // See the header: "1,700 км" is 1,700 km in Ukrainian and Russian.
  if (style.decimal === "," && decimals.length === 3 && scale === undefined && !(groups && style.group !== "")) decimals = decimals.slice(0, 2);
  // "1.234 млн" is 1.234 million there: a dot groups only beside a decimal comma or in two groups or more.
  if (style.group === "." && decimals === "" && whole < 1_000_000) style = { group: "", decimal: style.decimal };
  if (whole === 0 && decimals === "") decimals = "5";
  const digits = `${whole}${decimals === "" ? "" : `.${decimals}`}`;
  const magnitude = new Decimal(digits).times(new Decimal(10).pow(scale?.power ?? 0));
  // An en dash is a sign only where it cannot be a dash: first in the text, or after a bound word.
  const sign = magnitude.isZero() || (spec.sign === "–" && bound?.after === true) ? "" : spec.sign;
  // An en dash or a plus is written before the amount: "–$5 billion", "+5%".
  const signAfter = signAfterCurrency && sign !== "–" && sign !== "+";
  const number = `${grouped(String(whole), style.group)}${decimals === "" ? "" : `${style.decimal}${decimals}`}`;
  const scaled = scale === undefined ? number : `${number}${scale.tight ? "" : " "}${scale.word}`;
  let amount: string;
  if (naming.place === "before") {
    const gap = naming.tight ? "" : " ";
    amount = signAfter ? `${naming.text}${gap}${sign}${scaled}` : `${sign}${naming.text}${gap}${scaled}`;
  } else if (naming.place === "after") amount = `${sign}${scaled}${naming.tight ? "" : " "}${naming.text}`;
  else amount = `${sign}${scaled}`;
  // "($5 billion)": an accounting negative, where a line or a cell starts ("Net result: ($5 billion)").
  const money = naming.unit !== "%" && naming.unit !== "km" && naming.unit !== "count";
  const accounting = spec.accounting && money && sign === "" && bound === undefined && !magnitude.isZero();
  if (accounting) {
    const [open, close] = lang === "zh" ? ["（", "）"] : ["(", ")"];
    const text = `${open}${amount}${close}`;
    const cells = CELL_SENTENCES[lang];
    const sentence = (cells[spec.sentence % cells.length] ?? String)(text);
    return { lang, text, value: magnitude.negated(), unit: naming.unit, bound: "plain", sentence };
  }
  let text = amount;
  if (bound !== undefined) {
    const gap = lang === "zh" ? "" : " ";
    text = bound.after === true ? `${amount}${gap}${bound.text}` : `${bound.text}${gap}${amount}`;
  }
  const sentences = SENTENCES[lang];
  const sentence = (sentences[spec.sentence % sentences.length] ?? String)(text);
  return { lang, text, value: sign === "" || sign === "+" ? magnitude : magnitude.negated(), unit: naming.unit, bound: bound?.bound ?? "plain", sentence };
};

const quantityArb = (lang: Lang): fc.Arbitrary<Written> => specArb(lang).map(write);

const boundMatches = (written: Written, bound: Bound): boolean =>
  written.bound === "plain" ? bound === "exact" || bound === "rounded" : bound === written.bound;

const describeWritten = (w: Written): string => `${JSON.stringify(w.text)} (${w.lang}) = ${w.value.toFixed()} ${w.unit} ${w.bound}`;

/** `parseQuantity` returns exactly the written quantity or refuses; the embedded text is extracted the same or not at all. */
const roundTrip = (written: Written): { readonly parsed: boolean; readonly extracted: boolean } => {
  const result = safeParseQuantity(written.text);
  if (!result.success) expect(isDiscrepancyError(result.error), describeWritten(written)).toBe(true);
  else {
    const q = result.quantity;
    expect([q.value.toFixed(), q.unit, boundMatches(written, q.bound)], describeWritten(written)).toEqual([written.value.toFixed(), written.unit, true]);
    expect(q.text, describeWritten(written)).toBe(written.text);
  }
  const sentence = written.sentence;
  const mentions = extractQuantities(sentence);
  if (mentions.length > 0) {
    expect(mentions.length, `${describeWritten(written)} in ${JSON.stringify(sentence)}`).toBe(1);
    const m = mentions[0]!;
    // An abbreviation's dot may be the sentence's too: "1 000,0 грн." ends both.
    const text = m.text === `${written.text}.` && sentence.includes(`${written.text}.`) ? written.text : m.text;
    expect([text, m.quantity.value.toFixed(), m.quantity.unit, boundMatches(written, m.quantity.bound)], `${describeWritten(written)} in ${JSON.stringify(sentence)}`).toEqual([
      written.text,
      written.value.toFixed(),
      written.unit,
      true,
    ]);
  }
  return { parsed: result.success, extracted: mentions.length > 0 };
};

describe("oracle round trip: parseQuantity and extraction return the written quantity or nothing", () => {
  it.each(["en", "uk", "ru", "zh"] as const)("%s", (lang) => {
    let parsed = 0;
    let extracted = 0;
    let runs = 0;
    fc.assert(
      fc.property(quantityArb(lang), (written) => {
        const seen = roundTrip(written);
        runs++;
        if (seen.parsed) parsed++;
        if (seen.extracted) extracted++;
      }),
      { numRuns: Number(process.env.ORACLE_RUNS ?? 300) },
    );
    // Refusing is allowed, but the oracle must mostly be answered: a reader that refused everything would pass.
    expect(parsed / runs).toBeGreaterThan(0.85);
    expect(extracted / runs).toBeGreaterThan(0.85);
  });
});

describe("metamorphic: the sign of a quantity decides a comparison", () => {
  // Closed intervals only: "over $5 bn" and "over -$5 bn" overlap, as their words allow.
  const closed = (lang: Lang) => specArb(lang).filter((spec) => spec.bound === undefined || spec.bound.bound === "approx");
  const claimOf = (value: string, source: string) => claim({ metric: "exports", subject: ["Ruritania"], period: "2023", value, source });

  it.each(["en", "uk", "ru", "zh"] as const)("%s: a figure agrees with itself and conflicts with its negation", (lang) => {
    fc.assert(
      fc.property(closed(lang), fc.constantFrom("-", "−"), (spec, minus) => {
        const written = write(spec);
        fc.pre(!written.value.isZero());
        // The other sign: none, or a minus (accounts' brackets are a minus too, so they go).
        const negated = write({ ...spec, sign: written.value.isNegative() ? "" : minus, accounting: false });
        fc.pre(negated.text !== written.text);
        expect(negated.value.toFixed()).toBe(written.value.negated().toFixed());
        fc.pre(safeParseQuantity(written.text).success && safeParseQuantity(negated.text).success);
        const base = claimOf(written.text, "Statistics Office");
        expect(compare(base, claimOf(written.text, "Ministry")).verdict, written.text).toBe("consistent");
        expect(compare(base, claimOf(negated.text, "Ministry")).verdict, `${written.text} vs ${negated.text}`).toBe("conflict");
      }),
      { numRuns: Number(process.env.ORACLE_RUNS ?? 150) },
    );
  });
});

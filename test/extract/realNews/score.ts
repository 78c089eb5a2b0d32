import { Decimal } from "../../../src/decimal.js";
import { extractQuantities } from "../../../src/extract/extractQuantities.js";
import type { Mention } from "../../../src/extract/types.js";
import type { Bound } from "../../../src/quantity/types.js";
import { EN } from "./en.js";
import { HELD_OUT } from "./heldOut.js";
import { RU } from "./ru.js";
import type { BoundClass, Figure, Paragraph } from "./types.js";
import { UK } from "./uk.js";
import { ZH } from "./zh.js";

/** Every paragraph of the set, by language. */
export const REAL_NEWS: Readonly<Record<"en" | "uk" | "ru" | "zh", readonly Paragraph[]>> = { en: EN, uk: UK, ru: RU, zh: ZH };

export type Half = "development" | "check" | "held-out";

/** Odd ids (the 1st, 3rd, … paragraph) are the development half; even ids are held out as the check half. */
export const halfOf = (paragraph: Paragraph): Half => (Number(paragraph.id.slice(-2)) % 2 === 1 ? "development" : "check");

/** One reading by an extractor, in the scorer's terms. */
export interface Prediction {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly unit: string;
  readonly value: Decimal | null;
  readonly low: Decimal | null;
  readonly high: Decimal | null;
  readonly bound: BoundClass;
}

const BOUND_CLASS: Readonly<Record<Bound, BoundClass>> = {
  exact: "=",
  rounded: "=",
  approx: "~",
  atLeast: ">",
  moreThan: ">",
  atMost: "<",
  lessThan: "<",
  range: "range",
};

/** Our mentions as predictions. */
export const fromMention = (m: Mention): Prediction => ({
  start: m.start,
  end: m.end,
  text: m.text,
  unit: m.quantity.unit,
  value: m.quantity.value,
  low: m.quantity.low,
  high: m.quantity.high,
  bound: BOUND_CLASS[m.quantity.bound],
});

export const ours = (paragraph: Paragraph): readonly Prediction[] =>
  extractQuantities(paragraph.text, { lang: paragraph.lang, publishedAt: "2025-09-05" }).map(fromMention);

interface Located {
  readonly figure: Figure;
  readonly start: number;
  readonly end: number;
}

/** Finds each figure's span in its paragraph (the `nth` occurrence); a figure whose span is absent is a bug of the set. */
export const locate = (paragraph: Paragraph): readonly Located[] =>
  paragraph.figures.map((figure) => {
    let at = -1;
    for (let k = 0; k <= (figure.nth ?? 0); k++) at = paragraph.text.indexOf(figure.span, at + 1);
    if (at < 0) throw new Error(`${paragraph.id}: span ${JSON.stringify(figure.span)} is not in the text`);
    return { figure, start: at, end: at + figure.span.length };
  });

const eq = (a: Decimal | null, b: string): boolean => a !== null && a.eq(new Decimal(b));

/** Whether a prediction reads the figure's value and unit (a range by both ends). */
export const sameReading = (figure: Figure, p: Prediction): boolean => {
  if (p.unit !== figure.unit) return false;
  if (figure.value === "*") return true;
  const dots = figure.value.indexOf("..");
  if (dots >= 0) return eq(p.low, figure.value.slice(0, dots)) && eq(p.high, figure.value.slice(dots + 2));
  return eq(p.value, figure.value);
};

/** The outcome of one paragraph: which figures were found, which predictions were wrong. */
export interface ParagraphScore {
  readonly id: string;
  readonly required: number;
  readonly found: number;
  readonly predictions: number;
  readonly right: number;
  readonly boundsRight: number;
  readonly missed: readonly string[];
  readonly wrong: readonly string[];
  readonly wrongBound: readonly string[];
}

const show = (p: Prediction): string =>
  `[${p.text}] ${p.bound === "range" ? `${String(p.low)}..${String(p.high)}` : String(p.value)} ${p.unit} ${p.bound}`;

/**
 * Scores one paragraph. A prediction is right when it overlaps a figure's span and reads its value and
 * unit; every other prediction is wrong (a year, a numeral inside a name, half of a compound amount).
 * A required figure is found when a right prediction overlaps it. Of the found figures, the bound is
 * right when the bound class agrees (a point, an approximation, a lower or upper bound, a range).
 */
export const scoreParagraph = (paragraph: Paragraph, predictions: readonly Prediction[]): ParagraphScore => {
  const located = locate(paragraph);
  const rightFor = new Map<Located, Prediction>();
  let right = 0;
  const wrong: string[] = [];
  for (const p of predictions) {
    const hit = located.find((l) => l.start < p.end && p.start < l.end && sameReading(l.figure, p));
    if (hit === undefined) {
      wrong.push(show(p));
      continue;
    }
    right++;
    if (!rightFor.has(hit)) rightFor.set(hit, p);
  }
  let required = 0;
  let found = 0;
  let boundsRight = 0;
  const missed: string[] = [];
  const wrongBound: string[] = [];
  for (const l of located) {
    const p = rightFor.get(l);
    if (!l.figure.optional) {
      required++;
      if (p === undefined) missed.push(`${l.figure.span} = ${l.figure.value} ${l.figure.unit} ${l.figure.bound}`);
    }
    if (p === undefined) continue;
    if (!l.figure.optional) found++;
    if (p.bound === l.figure.bound) boundsRight++;
    else wrongBound.push(`${show(p)}, expected ${l.figure.bound}`);
  }
  return { id: paragraph.id, required, found, predictions: predictions.length, right, boundsRight, missed, wrong, wrongBound };
};

/** Totals over paragraphs. */
export interface Score {
  readonly paragraphs: number;
  readonly required: number;
  readonly found: number;
  readonly predictions: number;
  readonly right: number;
  readonly matched: number;
  readonly boundsRight: number;
  /** Found ÷ required, in per cent. */
  readonly recall: number;
  /** Right ÷ predictions, in per cent. */
  readonly precision: number;
  /** Bound class right ÷ matched figures, in per cent. */
  readonly bounds: number;
  readonly details: readonly ParagraphScore[];
}

const pct = (a: number, b: number): number => (b === 0 ? 100 : Math.round((1000 * a) / b) / 10);

export const score = (list: readonly Paragraph[], extract: (p: Paragraph) => readonly Prediction[] = ours): Score => {
  const details = list.map((p) => scoreParagraph(p, extract(p)));
  const sum = (key: "required" | "found" | "predictions" | "right" | "boundsRight") => details.reduce((n, d) => n + d[key], 0);
  const matched = details.reduce((n, d) => n + d.boundsRight + d.wrongBound.length, 0);
  const required = sum("required");
  const found = sum("found");
  const predictions = sum("predictions");
  const right = sum("right");
  const boundsRight = sum("boundsRight");
  return {
    paragraphs: list.length,
    required,
    found,
    predictions,
    right,
    matched,
    boundsRight,
    recall: pct(found, required),
    precision: pct(right, predictions),
    bounds: pct(boundsRight, matched),
    details,
  };
};

export interface Row {
  readonly lang: string;
  readonly half: Half | "all";
  readonly score: Score;
}

/**
 * Our scores per language and half: development, check (the even paragraphs), all of those, and the
 * second check half of heldOut.ts, written after the fixes and scored once before any further change.
 */
export const scoreAll = (extract: (p: Paragraph) => readonly Prediction[] = ours): readonly Row[] =>
  Object.entries(REAL_NEWS).flatMap(([lang, list]) => [
    { lang, half: "development" as const, score: score(list.filter((p) => halfOf(p) === "development"), extract) },
    { lang, half: "check" as const, score: score(list.filter((p) => halfOf(p) === "check"), extract) },
    { lang, half: "all" as const, score: score(list, extract) },
    { lang, half: "held-out" as const, score: score(HELD_OUT[lang as keyof typeof HELD_OUT], extract) },
  ]);

/** A markdown table of rows. */
export const toTable = (rows: readonly Row[]): string =>
  [
    "| language | half | paragraphs | figures | found | recall % | readings | right | precision % | bounds right % |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...rows.map(
      ({ lang, half, score: s }) =>
        `| ${lang} | ${half} | ${s.paragraphs} | ${s.required} | ${s.found} | ${s.recall.toFixed(1)} | ${s.predictions} | ${s.right} | ${s.precision.toFixed(1)} | ${s.bounds.toFixed(1)} |`,
    ),
  ].join("\n");

/** Every miss, wrong reading and wrong bound of the given halves, paragraph by paragraph. */
export const toErrors = (rows: readonly Row[], halves: readonly Half[] = ["development"]): string =>
  rows
    .filter((r) => r.half !== "all" && halves.includes(r.half))
    .flatMap((r) => r.score.details)
    .filter((d) => d.missed.length + d.wrong.length + d.wrongBound.length > 0)
    .map(
      (d) =>
        `${d.id}:` +
        d.missed.map((m) => `\n  missed ${m}`).join("") +
        d.wrong.map((w) => `\n  wrong  ${w}`).join("") +
        d.wrongBound.map((w) => `\n  bound  ${w}`).join(""),
    )
    .join("\n");

// The bad-input table: for every public function, the inputs a careless or hostile caller sends, and
// what must happen — a DiscrepancyError with a code and a message naming the field and the value, or a
// documented, bounded result. test/README.md lists the families with counts taken from this table.
import type { DiscrepancyErrorCode } from "../../src/index.js";
import * as api from "../../src/index.js";
import * as notebook from "../../src/notebook/index.js";
import * as testing from "../../src/testing/index.js";
import {
  claimJSON,
  claims,
  cn,
  comparison,
  corpusReconciliation,
  interval,
  kz,
  NAN_AND_INFINITY,
  nested,
  nestedArrays,
  period,
  pollutingJSON,
  quantity,
  reconciliation,
  relationCheck,
  report,
  timeline,
} from "./fixtures.js";

export const FAMILIES = [
  "null and undefined",
  "wrong type",
  "empty text",
  "NaN and infinity",
  "malformed number",
  "huge amount",
  "impossible date",
  "reversed interval",
  "unknown unit",
  "unknown enum value",
  "extra field",
  "reserved key",
  "deep nesting",
  "long array",
] as const;
export type Family = (typeof FAMILIES)[number];

/** What must happen: the library's error, or a result that passes `check`. */
export type Outcome =
  | { readonly kind: "error"; readonly code: DiscrepancyErrorCode; readonly mentions: readonly string[] }
  | { readonly kind: "result"; readonly check: (result: unknown) => boolean; readonly what: string };

export interface Case {
  readonly fn: string;
  readonly family: Family;
  readonly label: string;
  /** Builds the arguments afresh (the runner deep-freezes them). */
  readonly args: () => readonly unknown[];
  readonly outcome: Outcome;
}

const error = (code: DiscrepancyErrorCode, ...mentions: string[]): Outcome => ({ kind: "error", code, mentions });
const result = (what: string, check: (value: unknown) => boolean): Outcome => ({ kind: "result", check, what });
const emptyList = result("an empty frozen list", (v) => Array.isArray(v) && v.length === 0 && Object.isFrozen(v));
const isFalse = result("false", (v) => v === false);
const isUndefined = result("undefined", (v) => v === undefined);
const failure = (code: DiscrepancyErrorCode) =>
  result(`{ success: false } with a ${code} error`, (v) => {
    const r = v as { success?: boolean; error?: unknown };
    return r.success === false && api.isDiscrepancyError(r.error) && r.error.code === code;
  });

const cases: Case[] = [];
const add = (fn: string, family: Family, label: string, args: () => readonly unknown[], outcome: Outcome): void => {
  cases.push({ fn, family, label, args, outcome });
};

// ---------------------------------------------------------------------------------------------------
// Text parsers: parseQuantity / safeParseQuantity, parsePeriod / safeParsePeriod
// ---------------------------------------------------------------------------------------------------

const quantityText: [Family, string, string][] = [
  ["empty text", "", '""'],
  ["empty text", "   ", '"   "'],
  ["malformed number", "1.2.3", '"1.2.3"'],
  ["malformed number", "0x10", '"0x10"'],
  ["malformed number", "1_000", '"1_000"'],
  ["huge amount", "9".repeat(10_000), "longer than 1000 characters"],
  ["huge amount", "9".repeat(100), "more than 30 significant digits"],
  ["huge amount", "1e999999", "exponent beyond ±30"],
  ["huge amount", "1e-999999", "exponent beyond ±30"],
  ["huge amount", "$1E+999999 billion", "exponent beyond ±30"],
  ["impossible date", "2023-02-30", '"2023-02-30"'],
  ["unknown unit", "$", '"$"'],
  ["reversed interval", "3–2 million", "unexpected text \"3–\""],
  ["reversed interval", "between 9 and 2 million", "unexpected text \"between 9 and\""],
  ["reversed interval", "2023-13", '"-13"'],
];
for (const [family, text, mention] of quantityText) {
  add("parseQuantity", family, JSON.stringify(text.slice(0, 20)), () => [text], error("invalid-quantity", mention));
  add("safeParseQuantity", family, JSON.stringify(text.slice(0, 20)), () => [text], failure("invalid-quantity"));
}
for (const value of NAN_AND_INFINITY) {
  const code = typeof value === "string" ? "invalid-quantity" : "invalid-quantity";
  add("parseQuantity", "NaN and infinity", String(value), () => [value], error(code, typeof value === "string" ? JSON.stringify(value) : String(value)));
  add("safeParseQuantity", "NaN and infinity", String(value), () => [value], failure("invalid-quantity"));
}
for (const [label, value] of [["null", null], ["undefined", undefined]] as const) {
  add("parseQuantity", "null and undefined", label, () => [value], error("invalid-quantity", "expected text", label));
  add("safeParseQuantity", "null and undefined", label, () => [value], failure("invalid-quantity"));
  add("parsePeriod", "null and undefined", label, () => [value], error("invalid-period", "expected a period as text", label));
  add("safeParsePeriod", "null and undefined", label, () => [value], failure("invalid-period"));
}
add("parseQuantity", "wrong type", "a number", () => [41], error("invalid-quantity", "expected text", "41"));
add("parseQuantity", "wrong type", "an object", () => [{ amount: "41" }], error("invalid-quantity", "expected text"));
add("parseQuantity", "unknown enum value", "lang", () => ["41", { lang: "xx" }], error("invalid-argument", "lang", '"xx"'));
add("parseQuantity", "unknown enum value", "dollar", () => ["$41", { dollar: "XYZ" }], error("invalid-argument", "dollar", '"XYZ"'));
add("parseQuantity", "NaN and infinity", "approxTolerance NaN", () => ["about 41", { approxTolerance: "NaN" }], error("invalid-argument", "approxTolerance"));
add("parseQuantity", "wrong type", "options null", () => ["41", null], result("a quantity (null options are the defaults)", (v) => api.toQuantityJSON(v as api.Quantity).value === "41"));
add("parseQuantity", "extra field", "unknown option", () => ["41", { langg: "en" }], result("a quantity (unknown options are ignored, like every options bag)", (v) => api.toQuantityJSON(v as api.Quantity).value === "41"));
add("createQuantityParser", "null and undefined", "no options", () => [undefined], error("invalid-argument", "lexicons"));
add("createQuantityParser", "null and undefined", "null options", () => [null], error("invalid-argument", "lexicons"));
add("createQuantityParser", "null and undefined", "a null lexicon", () => [{ lexicons: [api.enLexicon, null] }], error("invalid-argument", "lexicons"));
add("createQuantityParser", "wrong type", "a language code for a lexicon", () => [{ lexicons: ["en"] }], error("invalid-argument", "lexicons", "an array of 1"));
add("createQuantityParser", "wrong type", "no lexicon at all", () => [{ lexicons: [] }], error("invalid-argument", "lexicons"));
add("createQuantityParser", "unknown enum value", "a lexicon of an unknown language", () => [{ lexicons: [{ ...api.enLexicon, lang: "kk" }] }], error("invalid-argument", "lexicons"));

const periodText: [Family, string, DiscrepancyErrorCode, string][] = [
  ["empty text", "", "invalid-period", '""'],
  ["impossible date", "2023-13", "invalid-period", '"2023-13"'],
  ["impossible date", "2023-00", "invalid-period", '"2023-00"'],
  ["impossible date", "2023-02-30", "invalid-period", '"2023-02-30"'],
  ["impossible date", "2023-02-29", "invalid-period", '"2023-02-29"'],
  ["impossible date", "2024-13-01", "invalid-period", '"2024-13-01"'],
  ["impossible date", "31 February 2023", "invalid-period", '"31 February 2023"'],
  ["impossible date", "2023-Q5", "invalid-period", '"2023-Q5"'],
  ["impossible date", "2023-W54", "invalid-period", '"2023-W54"'],
  ["impossible date", "0000", "invalid-period", '"0000"'],
  ["impossible date", "10000", "invalid-period", '"10000"'],
  ["reversed interval", "2024/2023", "invalid-period", "ends before it starts"],
  ["reversed interval", "2024-01-01/2023-01-01", "invalid-period", "ends before it starts"],
  ["malformed number", "1.2.3", "invalid-period", '"1.2.3"'],
  ["huge amount", "2".repeat(10_000), "invalid-period", "longer than 1000 characters"],
  ["huge amount", "1e999999", "invalid-period", '"1e999999"'],
];
for (const [family, text, code, mention] of periodText) {
  add("parsePeriod", family, JSON.stringify(text.slice(0, 24)), () => [text], error(code, mention));
  add("safeParsePeriod", family, JSON.stringify(text.slice(0, 24)), () => [text], failure(code));
}
for (const value of NAN_AND_INFINITY) {
  add("parsePeriod", "NaN and infinity", String(value), () => [value], error("invalid-period", typeof value === "string" ? JSON.stringify(value) : String(value)));
}
add("parsePeriod", "impossible date", "reference 2023-13", () => ["last year", { reference: "2023-13" }], error("invalid-argument", "reference", '"2023-13"'));
add("parsePeriod", "impossible date", "reference 2023-02-30", () => ["last year", { reference: "2023-02-30" }], error("invalid-argument", '"2023-02-30"'));
add("parsePeriod", "unknown enum value", "lang", () => ["2023", { lang: "xx" }], error("invalid-argument", '"xx"'));
add("parsePeriod", "wrong type", "a number", () => [2023], error("invalid-period", "2023"));

// ---------------------------------------------------------------------------------------------------
// Structured quantities, units and conversions
// ---------------------------------------------------------------------------------------------------

const amounts: [Family, unknown, string][] = [
  ["malformed number", "1.2.3", '"1.2.3"'],
  ["malformed number", "", "amount"],
  ["huge amount", "9".repeat(10_000), "amount"],
  ["huge amount", "1e999999", '"1e999999"'],
  ["wrong type", 0.1, "0.1"],
  ["wrong type", 2 ** 60, "safe integers"],
  ["wrong type", true, "amount"],
  ...NAN_AND_INFINITY.map((v): [Family, unknown, string] => ["NaN and infinity", v, "amount"]),
];
for (const [family, amount, mention] of amounts) add("quantity", family, `amount ${String(amount).slice(0, 20)}`, () => [{ amount, unit: "USD" }], error("invalid-quantity", mention));
add("quantity", "null and undefined", "null", () => [null], error("invalid-quantity", "null"));
add("quantity", "null and undefined", "no amount", () => [{ unit: "USD" }], error("invalid-quantity", "amount", "is required"));
add("quantity", "wrong type", "text", () => ["$41 billion"], error("invalid-quantity", '"$41 billion"'));
add("quantity", "unknown unit", "furlong", () => [{ amount: "1", unit: "furlong" }], error("invalid-quantity", "unit", '"furlong"'));
add("quantity", "unknown enum value", "bound", () => [{ amount: "1", bound: "nearly" }], error("invalid-quantity", "bound", '"nearly"'));
add("quantity", "unknown enum value", "scale", () => [{ amount: "1", scale: "gazillion" }], error("invalid-quantity", "scale", '"gazillion"'));
add("quantity", "huge amount", "precision 1e9", () => [{ amount: "1", precision: 1e9 }], error("invalid-quantity", "precision"));
add("quantity", "reversed interval", "low above high", () => [{ amount: "3", low: "5", high: "2" }], error("invalid-quantity", "high", "5", "2"));
add("quantity", "extra field", "foo", () => [{ amount: "1", foo: 1 }], error("invalid-quantity", '"foo"'));
for (const json of pollutingJSON())
  add("quantity", "reserved key", Object.keys(json as object)[0]!, () => [{ amount: "1", ...(json as object) }], error("invalid-quantity", Object.keys(json as object)[0]!));
add("quantity", "deep nesting", "amount 10,000 levels", () => [{ amount: nested(10_000) }], error("invalid-quantity", "amount"));

add("convertQuantity", "unknown unit", "to furlong", () => [quantity, "furlong"], error("invalid-unit", '"furlong"'));
add("convertQuantity", "unknown unit", "km to kg", () => [api.parseQuantity("5 km"), "kg"], error("invalid-unit", '"km"', '"kg"'));
add("convertQuantity", "unknown unit", "USD to KZT without a rate", () => [quantity, "KZT"], error("missing-rate", "USD", "KZT"));
add("convertQuantity", "null and undefined", "null quantity", () => [null, "USD"], error("invalid-argument", "quantity", "null"));
add("convertQuantity", "wrong type", "quantity JSON", () => [api.toQuantityJSON(quantity), "USD"], error("invalid-argument", "quantity"));
for (const rate of ["0", "-1", "abc", "NaN", "Infinity", "", 0.1, null])
  add("convertQuantity", rate === 0.1 || rate === null ? "wrong type" : rate === "NaN" || rate === "Infinity" ? "NaN and infinity" : "malformed number", `rate ${JSON.stringify(rate)}`, () => [quantity, "KZT", { rates: [{ from: "USD", to: "KZT", rate, date: "2023-12-31" }] }], error("invalid-argument", "rates[0].rate"));
add("conversionFactor", "unknown unit", "furlong", () => ["furlong", "km"], error("invalid-unit", '"furlong"'));
add("conversionFactor", "null and undefined", "null", () => [null, "km"], error("invalid-unit", "null"));
add("conversionFactor", "wrong type", "rates not a list", () => ["USD", "KZT", { rates: "1.5" }], error("invalid-argument", "rates"));
add("getUnit", "reserved key", "__proto__", () => ["__proto__"], isUndefined);
add("getUnit", "reserved key", "constructor", () => ["constructor"], isUndefined);
add("getUnit", "null and undefined", "null", () => [null], isUndefined);
add("isUnit", "reserved key", "toString", () => ["toString"], isFalse);
add("isUnit", "wrong type", "a number", () => [5], isFalse);
add("toQuantityJSON", "wrong type", "quantity JSON", () => [{ value: "41", unit: "USD" }], error("invalid-argument", "quantity"));
add("toQuantityJSON", "null and undefined", "undefined", () => [undefined], error("invalid-argument", "quantity", "undefined"));

// ---------------------------------------------------------------------------------------------------
// Claims
// ---------------------------------------------------------------------------------------------------

const claimCases: [Family, string, unknown, DiscrepancyErrorCode, string[]][] = [
  ["null and undefined", "null", null, "invalid-claim", ["null"]],
  ["null and undefined", "undefined", undefined, "invalid-claim", ["undefined"]],
  ["null and undefined", "value null", { ...claimJSON, value: null }, "invalid-claim", ["value"]],
  ["wrong type", "an array", [claimJSON], "invalid-claim", ["an array of 1"]],
  ["wrong type", "metric a number", { ...claimJSON, metric: 5 }, "invalid-claim", ["metric", "5"]],
  ["wrong type", "value 0.1", { ...claimJSON, value: 0.1 }, "invalid-claim", ["value", "0.1"]],
  ["wrong type", "value 2^60", { ...claimJSON, value: 2 ** 60 }, "invalid-claim", ["value", "safe integers"]],
  ["wrong type", "source null", { ...claimJSON, source: null }, "invalid-claim", ["source"]],
  ["wrong type", "subject a number", { ...claimJSON, subject: 5 }, "invalid-claim", ["subject"]],
  ["empty text", "metric", { ...claimJSON, metric: "" }, "invalid-claim", ["metric", "must not be empty"]],
  ["empty text", "metric spaces", { ...claimJSON, metric: "   " }, "invalid-claim", ["metric", "must not be empty"]],
  ["empty text", "value", { ...claimJSON, value: "" }, "invalid-claim", ["value"]],
  ["empty text", "source", { ...claimJSON, source: "" }, "invalid-claim", ["source", "must not be empty"]],
  ["NaN and infinity", "value NaN", { ...claimJSON, value: Number.NaN }, "invalid-claim", ["value", "NaN"]],
  ["NaN and infinity", "value Infinity", { ...claimJSON, value: Number.POSITIVE_INFINITY }, "invalid-claim", ["value", "Infinity"]],
  ["NaN and infinity", 'value "∞"', { ...claimJSON, value: "∞" }, "invalid-claim", ["value", '"∞"']],
  ["NaN and infinity", 'amount "Infinity"', { ...claimJSON, value: { amount: "Infinity", unit: "USD" } }, "invalid-claim", ["value.amount", '"Infinity"']],
  ["malformed number", 'value "1.2.3"', { ...claimJSON, value: "1.2.3" }, "invalid-claim", ["value", '"1.2.3"']],
  ["huge amount", "10,000 digits", { ...claimJSON, value: "9".repeat(10_000) }, "invalid-claim", ["value"]],
  ["huge amount", 'amount "1e999999"', { ...claimJSON, value: { amount: "1e999999" } }, "invalid-claim", ["value.amount", '"1e999999"']],
  ["huge amount", "quote of 1 MB", { ...claimJSON, quote: "x".repeat(1_000_000) }, "invalid-claim", ["quote", "20000"]],
  ["huge amount", "metric of 1 MB", { ...claimJSON, metric: "x".repeat(1_000_000) }, "invalid-claim", ["metric", "300"]],
  ["impossible date", "period 2023-13", { ...claimJSON, period: "2023-13" }, "invalid-claim", ["period", '"2023-13"']],
  ["impossible date", "period 2023-02-30", { ...claimJSON, period: "2023-02-30" }, "invalid-claim", ["period", '"2023-02-30"']],
  ["impossible date", "publishedAt 2023-13", { ...claimJSON, reportedBy: { publishedAt: "2023-13" } }, "invalid-claim", ["2023-13"]],
  ["impossible date", "publishedAt 2023-02-30", { ...claimJSON, period: "last year", reportedBy: { publishedAt: "2023-02-30" } }, "invalid-claim", ['"2023-02-30"']],
  ["reversed interval", "period 2024/2023", { ...claimJSON, period: "2024/2023" }, "invalid-claim", ["period", "ends before it starts"]],
  ["reversed interval", "range low above high", { ...claimJSON, value: { amount: "3", low: "5", high: "2" } }, "invalid-claim", ["value.high", "5", "2"]],
  ["unknown unit", "value unit", { ...claimJSON, value: { amount: "1", unit: "furlong" } }, "invalid-claim", ["value.unit", '"furlong"']],
  ["unknown unit", "claim unit", { ...claimJSON, value: "5", unit: "furlong" }, "invalid-claim", ["unit", '"furlong"']],
  ["unknown unit", "unit contradicting the value", { ...claimJSON, unit: "km" }, "invalid-claim", ["unit", '"km"']],
  ["unknown enum value", "modality", { ...claimJSON, modality: "wish" }, "invalid-claim", ["modality", '"wish"']],
  ["unknown enum value", "bound", { ...claimJSON, value: { amount: "1", bound: "sorta" } }, "invalid-claim", ["value.bound", '"sorta"']],
  ["unknown enum value", "source type", { ...claimJSON, source: { name: "x", type: "oracle" } }, "invalid-claim", ["source.type", '"oracle"']],
  ["unknown enum value", "country", { ...claimJSON, source: { name: "x", country: "KAZ" } }, "invalid-claim", ["source.country", '"KAZ"']],
  ["unknown enum value", "lang", { ...claimJSON, reportedBy: { lang: "english" } }, "invalid-claim", ["reportedBy.lang", '"english"']],
  ["extra field", "top level", { ...claimJSON, foo: 1 }, "invalid-claim", ['"foo"']],
  ["extra field", "in source", { ...claimJSON, source: { name: "x", foo: 1 } }, "invalid-claim", ["source", '"foo"']],
  ["extra field", "in value", { ...claimJSON, value: { amount: "1", foo: 1 } }, "invalid-claim", ["value", '"foo"']],
  ["extra field", "in reportedBy", { ...claimJSON, reportedBy: { foo: 1 } }, "invalid-claim", ["reportedBy", '"foo"']],
  ["deep nesting", "source.via 10,000 levels", { ...claimJSON, source: viaChain(10_000) }, "invalid-claim", ["source.via", "nested more than 32 levels"]],
  ["deep nesting", "meta 10,000 levels", { ...claimJSON, meta: nested(10_000) }, "invalid-claim", ["meta.a", "nested more than 32 levels"]],
  ["deep nesting", "subject 10,000 arrays", { ...claimJSON, subject: nestedArrays(10_000) }, "invalid-claim", ["subject[0]", "nested more than 32 levels"]],
  ["deep nesting", "value 10,000 levels", { ...claimJSON, value: nested(10_000) }, "invalid-claim", ["value.a", "nested more than 32 levels"]],
  ["long array", "subject of 100,000", { ...claimJSON, subject: Array.from({ length: 100_000 }, (_, i) => `s${i}`) }, "invalid-claim", ["subject", "50"]],
  ["long array", "source.via of 100,000", { ...claimJSON, source: { name: "x", via: Array.from({ length: 100_000 }, () => "y") } }, "invalid-claim", ["source.via", "20"]],
];
for (const [family, label, input, code, mentions] of claimCases) {
  add("claim", family, label, () => [input], error(code, ...mentions));
}
for (const [i, json] of pollutingJSON().entries()) {
  const key = Object.keys(json as object)[0]!;
  add("claim", "reserved key", `top-level ${key}`, () => [{ ...claimJSON, ...(json as object) }], error("invalid-claim", key));
  add("claim", "reserved key", `qualifiers.${key}`, () => [{ ...claimJSON, qualifiers: JSON.parse(`{"${key}":"x"}`) }], error("invalid-claim", `qualifiers.${key}`));
  add("claim", "reserved key", `meta.${key}`, () => [{ ...claimJSON, meta: pollutingJSON()[i] }], error("invalid-claim", `meta.${key}`));
}
add("claim", "reserved key", "__proto__ 20 levels down in meta", () => [JSON.parse(`{"metric":"m","value":"1","source":"s","meta":${'{"a":'.repeat(20)}{"__proto__":{"polluted":true}}${"}".repeat(20)}}`)], error("invalid-claim", "__proto__", "reserved"));
for (const key of ["constructor", "prototype"])
  add("claim", "reserved key", `${key} 20 levels down in meta`, () => [JSON.parse(`{"metric":"m","value":"1","source":"s","meta":${'{"a":'.repeat(20)}{"${key}":{"prototype":{"polluted":true}}}${"}".repeat(20)}}`)], error("invalid-claim", key, "reserved"));
add("claim", "reserved key", "constructor.prototype under meta.a (issue 16)", () => [{ ...claimJSON, meta: JSON.parse('{"a":{"constructor":{"prototype":{"polluted":true}}}}') }], error("invalid-claim", "meta.a.constructor", "reserved"));
add("claim", "impossible date", "options.reference", () => [{ ...claimJSON, period: "last year" }, { reference: "2023-13" }], error("invalid-claim", '"2023-13"'));

function viaChain(levels: number): unknown {
  let source: unknown = { name: "origin" };
  for (let i = 0; i < levels; i++) source = { name: `relay ${i}`, via: [source] };
  return source;
}

const everyIssueHasAPath = (v: unknown): boolean => {
  const r = v as api.ParsedClaims;
  return Array.isArray(r.issues) && r.issues.every((i) => Array.isArray(i.path) && typeof i.message === "string");
};
add("parseClaims", "null and undefined", "null", () => [null], result("no claims, one issue at the root", (v) => (v as api.ParsedClaims).claims.length === 0 && (v as api.ParsedClaims).issues.length === 1));
add("parseClaims", "wrong type", "a string", () => ["[{}]"], result("no claims, one issue at the root", (v) => (v as api.ParsedClaims).issues[0]?.path.length === 0));
add("parseClaims", "wrong type", "claims not a list", () => [{ claims: "x" }], result("no claims, one issue", (v) => (v as api.ParsedClaims).issues.length === 1));
// A million of them is in bigInputs.slow.test.ts (`npm run test:slow`).
add("parseClaims", "long array", "100,000 nulls", () => [Array.from({ length: 100_000 }, () => null)], result("issues capped at 1,000 plus a summary", (v) => {
  const r = v as api.ParsedClaims;
  return r.claims.length === 0 && r.issues.length === 1001 && r.issues[1000]!.message === "and 99000 more issues" && everyIssueHasAPath(v);
}));
add("parseClaims", "long array", "100,000 mixed junk", () => [Array.from({ length: 100_000 }, (_, i) => [null, 5, "x", [], true][i % 5])], result("issues capped at 1,001", (v) => (v as api.ParsedClaims).issues.length === 1001));
// Different records with one id: a duplicate-id issue each (capped), and none of them kept (which one
// would survive must not depend on input order). Verbatim copies are repeats: see regressions.test.ts.
add("parseClaims", "long array", "2,000 different records with one id", () => [Array.from({ length: 2_000 }, (_, i) => ({ ...claimJSON, id: "same", quote: `q${i}` }))], result("no claim, issues capped", (v) => (v as api.ParsedClaims).claims.length === 0 && (v as api.ParsedClaims).issues.length === 1001));
add("parseClaims", "deep nesting", "a claim 10,000 levels deep", () => [[{ ...claimJSON, meta: nested(10_000) }]], result("an issue naming [0, meta, …]", (v) => (v as api.ParsedClaims).issues[0]!.path[1] === "meta"));
add("parseClaims", "reserved key", "__proto__ in one item", () => [[claimJSON, JSON.parse('{"metric":"m","value":"1","source":"s","__proto__":{"polluted":true}}')]], result("the good claim, an issue at [1, __proto__]", (v) => {
  const r = v as api.ParsedClaims;
  return r.claims.length === 1 && r.issues[0]!.path.join() === "1,__proto__";
}));
add("parseClaims", "extra field", "unknown field in one item", () => [[{ ...claimJSON, foo: 1 }]], result("an issue naming the item", (v) => (v as api.ParsedClaims).issues[0]!.path[0] === 0 && (v as api.ParsedClaims).issues[0]!.message.includes('"foo"')));
add("parseClaims", "wrong type", "sparse array", () => [[claimJSON, , claimJSON]], result("an issue for the hole at index 1", (v) => (v as api.ParsedClaims).issues.some((i) => i.path[0] === 1)));

add("toSeriesKey", "null and undefined", "null", () => [null], error("invalid-argument", "series fields"));
add("toSeriesKey", "wrong type", "subject a string", () => [{ metric: "m", subject: "China", direction: false, qualifiers: {} }], error("invalid-argument", "series fields"));
add("toClaimInputJSONSchema", "wrong type", "an argument it does not take", () => [5], result("the JSON Schema", (v) => typeof v === "object" && v !== null && "properties" in v));

// ---------------------------------------------------------------------------------------------------
// Periods
// ---------------------------------------------------------------------------------------------------

const badPeriods: [Family, string, unknown, string][] = [
  ["null and undefined", "null", null, "null"],
  ["wrong type", "text", "2023", "string"],
  ["impossible date", "start 2023-02-30", { kind: "year", start: "2023-02-30", end: "2024-01-01", text: "x" }, '"2023-02-30"'],
  ["impossible date", "start 2023-13-01", { kind: "year", start: "2023-13-01", end: "2024-01-01", text: "x" }, '"2023-13-01"'],
  ["reversed interval", "end before start", { kind: "interval", start: "2024-01-01", end: "2023-01-01", text: "x" }, "must come after"],
  ["unknown enum value", "kind eon", { kind: "eon", start: "2023-01-01", end: "2024-01-01", text: "x" }, '"eon"'],
];
for (const [family, label, value, mention] of badPeriods) {
  add("toPeriodKey", family, label, () => [value], error("invalid-period", "period", mention));
  add("toPeriodLabel", family, label, () => [value], error("invalid-period", "period", mention));
  add("formatPeriod", family, label, () => [value, { locale: "uk" }], error("invalid-period", "period", mention));
  add("shiftPeriod", family, label, () => [value, 1], error("invalid-period", "period", mention));
  add("isSamePeriod", family, label, () => [period, value], error("invalid-period", "b", mention));
  add("periodsOverlap", family, label, () => [value, period], error("invalid-period", "a", mention));
  add("comparePeriods", family, label, () => [period, value], error("invalid-period", "b", mention));
  add("isPeriodWithin", family, label, () => [value, period], error("invalid-period", mention));
  add("isPeriod", family, label, () => [value], isFalse);
}
for (const n of [Number.NaN, Number.POSITIVE_INFINITY, 1.5, "1"])
  add("shiftPeriod", n === 1.5 || n === "1" ? "wrong type" : "NaN and infinity", `by ${String(n)}`, () => [period, n], error("invalid-argument", "whole number", typeof n === "string" ? '"1"' : String(n)));
add("formatPeriod", "unknown enum value", "locale de", () => [period, { locale: "de" }], error("invalid-argument", "locale", '"de"'));
add("formatPeriod", "wrong type", "options a string", () => [period, "uk"], error("invalid-argument", "options", "string"));
add("shiftPeriod", "huge amount", "by 1e9", () => [period, 1e9], error("invalid-argument", "1000000000", "0001–9999"));

// ---------------------------------------------------------------------------------------------------
// Scanners: documented to return what they find and never throw on text
// ---------------------------------------------------------------------------------------------------

for (const [label, value] of [["null", null], ["undefined", undefined], ["a number", 5], ["an object", {}]] as const) {
  const family: Family = value === null || value === undefined ? "null and undefined" : "wrong type";
  add("scanQuantities", family, label, () => [value], emptyList);
  add("scanPeriods", family, label, () => [value], emptyList);
  add("extractQuantities", family, label, () => [value], emptyList);
}
add("scanQuantities", "empty text", '""', () => [""], emptyList);
add("scanPeriods", "empty text", '""', () => [""], emptyList);
add("extractQuantities", "empty text", '""', () => [""], emptyList);
add("scanQuantities", "unknown enum value", "lang option", () => ["$41 billion", { lang: "xx" }], error("invalid-argument", "lang", '"xx"'));
add("scanPeriods", "impossible date", "reference option", () => ["last year", { reference: "2023-13" }], result("no relative period resolved (documented: scanning never throws)", (v) => Array.isArray(v) && v.length === 0));
add("extractQuantities", "unknown enum value", "lang option", () => ["$41 billion", { lang: "de" }], error("invalid-argument", "lang", '"de"'));
add("extractQuantities", "impossible date", "publishedAt option", () => ["$41 billion last year", { publishedAt: "2023-02-30" }], result("the mention without a relative period", (v) => Array.isArray(v) && v.length === 1));
add("scanQuantities", "NaN and infinity", "every spelling in text", () => [NAN_AND_INFINITY.map(String).join(" ")], emptyList);
add("scanQuantities", "huge amount", "a 10,000-digit number", () => ["9".repeat(10_000)], emptyList);
add("extractQuantities", "huge amount", "1e999999 in text", () => ["about 1e999999 dollars"], emptyList);
// extractClaims: text never throws; its options are misuse and throw, naming the option.
const noClaims = result("no claims and nothing skipped, frozen", (v) => {
  const r = v as { claims?: unknown; skipped?: unknown };
  return Array.isArray(r.claims) && r.claims.length === 0 && Array.isArray(r.skipped) && r.skipped.length === 0 && Object.isFrozen(r);
});
const PUB = { publishedAt: "2024-02-14" };
for (const [label, value] of [["null", null], ["undefined", undefined], ["a number", 5], ["an object", {}]] as const)
  add("extractClaims", value === null || value === undefined ? "null and undefined" : "wrong type", `text ${label}`, () => [value, PUB], noClaims);
add("extractClaims", "empty text", '""', () => ["", PUB], noClaims);
add("extractClaims", "null and undefined", "no options", () => ["$41 billion in 2023", undefined], error("invalid-argument", "options"));
add("extractClaims", "null and undefined", "no publishedAt", () => ["$41 billion in 2023", {}], error("invalid-argument", "publishedAt", "undefined"));
add("extractClaims", "impossible date", "publishedAt 2023-02-30", () => ["$41 billion last year", { publishedAt: "2023-02-30" }], error("invalid-argument", "publishedAt", '"2023-02-30"'));
add("extractClaims", "unknown enum value", "lang option", () => ["$41 billion", { ...PUB, lang: "de" }], error("invalid-argument", "lang", '"de"'));
add("extractClaims", "wrong type", "aliases an array", () => ["$41 billion", { ...PUB, aliases: ["CN"] }], error("invalid-argument", "aliases"));
add("extractClaims", "wrong type", "metrics of text", () => ["$41 billion", { ...PUB, metrics: { trade: "trade" } }], error("invalid-argument", "metrics"));
add("extractClaims", "wrong type", "reportedBy a number", () => ["$41 billion", { ...PUB, reportedBy: 5 }], error("invalid-argument", "reportedBy", "5"));
add("extractClaims", "huge amount", "1e999999 in text", () => ["China's exports to Kazakhstan were about 1e999999 dollars in 2023.", PUB], noClaims);
add("extractClaims", "reserved key", "__proto__ alias", () => ["$41 billion", { ...PUB, aliases: JSON.parse('{"__proto__": "CN"}') }], result("no claims (the alias is a name like any other)", (v) => Array.isArray((v as { claims?: unknown }).claims)));

// resolveEntity and resolveMetric: an unknown or non-text name is undefined; misused options throw.
for (const [label, value] of [["null", null], ["undefined", undefined], ["a number", 5], ["an object", {}]] as const) {
  const family: Family = value === null || value === undefined ? "null and undefined" : "wrong type";
  add("resolveEntity", family, label, () => [value], result("undefined", (v) => v === undefined));
  add("resolveMetric", family, label, () => [value], result("undefined", (v) => v === undefined));
}
add("resolveEntity", "empty text", '""', () => [""], result("undefined", (v) => v === undefined));
add("resolveMetric", "empty text", '""', () => [""], result("undefined", (v) => v === undefined));
add("resolveEntity", "wrong type", "aliases an array", () => ["China", { aliases: ["CN"] }], error("invalid-argument", "aliases"));
add("resolveMetric", "wrong type", "metrics of text", () => ["trade", { metrics: { trade: "trade" } }], error("invalid-argument", "metrics"));
add("resolveEntity", "huge amount", "a 1 MB name", () => ["China".repeat(200_000)], result("undefined", (v) => v === undefined));
add("resolveMetric", "huge amount", "a 1 MB name", () => ["trade ".repeat(200_000)], result("undefined", (v) => v === undefined));
add("resolveEntity", "reserved key", "__proto__", () => ["__proto__"], result("undefined", (v) => v === undefined));

add("scanPeriods", "impossible date", "2023-02-30 in text", () => ["on 2023-02-30 and 31 February 2023"], result("only the real month inside the impossible day: February 2023", (v) => JSON.stringify((v as api.PeriodSpan[]).map((s) => s.period.start)) === '["2023-02-01"]'));

// ---------------------------------------------------------------------------------------------------
// Intervals
// ---------------------------------------------------------------------------------------------------

const intervalEnds: [Family, unknown][] = [
  ["malformed number", "1.2.3"],
  ["huge amount", "9".repeat(10_000)],
  ["huge amount", "1e999999"],
  ["wrong type", 0.5],
  ["wrong type", {}],
  ...NAN_AND_INFINITY.map((v): [Family, unknown] => ["NaN and infinity", v]),
];
for (const [family, end] of intervalEnds) add("createInterval", family, `low ${String(end).slice(0, 12)}`, () => [end, "2"], error("invalid-argument", "low"));
add("createInterval", "reversed interval", "5 to 2", () => ["5", "2"], error("invalid-argument", "5", "2", "empty"));
add("createInterval", "reversed interval", "(1, 1]", () => ["1", "1", { lowOpen: true }], error("invalid-argument", "empty"));
add("createInterval", "null and undefined", "ends null", () => ["0", "1", null], error("invalid-argument", "ends"));
const intervalBinary = ["addIntervals", "subtractIntervals", "multiplyIntervals", "divideIntervals", "intersectIntervals", "intervalDistance"] as const;
for (const fn of intervalBinary) {
  add(fn, "null and undefined", "a null", () => [null, interval], error("invalid-argument", "a is not an interval", "null"));
  add(fn, "wrong type", "b as JSON", () => [interval, api.toQuantityJSON(quantity)], error("invalid-argument", "b is not an interval"));
}
add("negateInterval", "null and undefined", "undefined", () => [undefined], error("invalid-argument", "a is not an interval"));
add("toInterval", "wrong type", "quantity JSON", () => [api.toQuantityJSON(quantity)], error("invalid-argument", "quantity is not an interval"));
add("isInInterval", "NaN and infinity", "value NaN", () => [interval, Number.NaN], error("invalid-argument", "value", "NaN"));
add("isInInterval", "malformed number", 'value "1.2.3"', () => [interval, "1.2.3"], error("invalid-argument", "value", '"1.2.3"'));
add("divideIntervals", "NaN and infinity", "by zero", () => [interval, api.createInterval("0", "0")], result("the whole line (documented)", (v) => (v as api.Interval).low === null && (v as api.Interval).high === null));

// ---------------------------------------------------------------------------------------------------
// Comparing, explaining, reconciling
// ---------------------------------------------------------------------------------------------------

add("compare", "wrong type", "claim JSON", () => [claimJSON, kz], error("invalid-argument", "a is not a claim"));
add("compare", "null and undefined", "b null", () => [cn, null], error("invalid-argument", "b is not a claim", "null"));
add("compare", "NaN and infinity", "approxTolerance NaN", () => [cn, kz, { approxTolerance: "NaN" }], error("invalid-argument", "approxTolerance", '"NaN"'));
add("compare", "wrong type", "approxTolerance 0.1 as a float", () => [cn, kz, { approxTolerance: 0.1 }], error("invalid-argument", "approxTolerance", "0.1"));
add("compare", "malformed number", "cifFob 1.2.3", () => [cn, kz, { cifFob: "1.2.3" }], error("invalid-argument", "cifFob", '"1.2.3"'));
add("compare", "malformed number", "rate 0", () => [cn, kz, { rates: [{ from: "USD", to: "KZT", rate: "0", date: "2023-12-31" }] }], error("invalid-argument", "rates[0].rate", '"0"'));
add("compare", "extra field", "unknown option", () => [cn, kz, { approxTolerence: "0.5" }], result("a comparison (unknown options are ignored)", (v) => (v as api.Comparison).verdict === "conflict"));
for (const fn of ["findDiscrepancies", "findDiscrepanciesAsync"] as const) {
  add(fn, "null and undefined", "null", () => [null], error("invalid-argument", "claims", "null"));
  add(fn, "wrong type", "a string", () => ["claims"], error("invalid-argument", "claims", '"claims"'));
  add(fn, "wrong type", "claim JSON in the list", () => [[cn, claimJSON]], error("invalid-argument", "claims[1] is not a claim"));
  add(fn, "wrong type", "reconcile not a function", () => [claims, { reconcile: "median" }], error("invalid-argument", "reconcile", '"median"'));
  add(fn, "unknown enum value", "only \"some\"", () => [claims, { only: "some" }], error("invalid-argument", "only", '"some"'));
  add(fn, "NaN and infinity", "maxPairsPerGroup Infinity", () => [claims, { maxPairsPerGroup: Number.POSITIVE_INFINITY }], error("invalid-argument", "maxPairsPerGroup"));
  add(fn, "long array", "1,000 claims of one series and period", () => [manyClaims(1_000)], result("a report with at most three comparisons per claim (not one per pair)", (v) => {
    const r = v as api.Report;
    return r.summary.claims === 1_000 && r.comparisons.length < 3_000;
  }));
}
add("explain", "wrong type", "a report", () => [report], error("invalid-argument", "comparison or a reconciliation"));
add("explain", "null and undefined", "null", () => [null], error("invalid-argument", "null"));
add("explain", "wrong type", "options.claims a string", () => [comparison, { claims: "cn" }], error("invalid-argument", "options.claims"));
add("formatIssue", "null and undefined", "null", () => [null], error("invalid-argument", "issue", "null"));
add("formatIssue", "wrong type", "a report", () => [report], error("invalid-argument", "issue"));
add("formatIssue", "unknown enum value", "locale", () => [{ path: [], code: "custom", params: {}, message: "bad" }, { locale: "xx" }], error("invalid-argument", "options.locale", '"xx"'));
add("formatReconciliationNote", "null and undefined", "null", () => [null], error("invalid-argument", "null"));
add("formatReconciliationNote", "wrong type", "a report", () => [report], error("invalid-argument", "comparison or a reconciliation"));
add("formatReconciliationNote", "unknown enum value", "locale", () => [reconciliation, { locale: "de" }], error("invalid-argument", "options.locale", '"de"'));
add("formatReport", "unknown enum value", "locale", () => [report, { locale: "fr" }], error("invalid-argument", "options.locale", '"fr"'));
add("explainSentences", "wrong type", "a hand-made comparison", () => [{ verdict: "conflict", sides: null }], error("invalid-argument", "comparison or a reconciliation"));
add("reconcile", "long array", "no claims", () => [[]], error("invalid-argument", "at least one claim"));
add("reconcile", "null and undefined", "null", () => [null], error("invalid-argument", "claims", "null"));
add("reconcile", "unknown enum value", "method", () => [claims, { method: "magic" }], error("invalid-argument", '"magic"'));
add("reconcile", "unknown unit", "target unit", () => [claims, { unit: "furlong" }], error("invalid-unit", '"furlong"'));
add("reconcile", "malformed number", "weight 1.2.3", () => [claims, { method: "reliability-weighted", reliabilities: { "Ministry of Foreign Affairs of China": "1.2.3" } }], error("invalid-argument", "reliabilities", '"1.2.3"'));
for (const fn of ["reconcileAll", "reconcileAllAsync"] as const) {
  add(fn, "null and undefined", "null", () => [null], error("invalid-argument", "claims", "null"));
  add(fn, "wrong type", "a string", () => ["claims"], error("invalid-argument", "claims", '"claims"'));
  add(fn, "wrong type", "claim JSON in the list", () => [[cn, claimJSON]], error("invalid-argument", "claims[1] is not a claim"));
  add(fn, "unknown enum value", "method", () => [claims, { method: "magic" }], error("invalid-argument", '"magic"'));
  add(fn, "NaN and infinity", "prior NaN", () => [claims, { prior: Number.NaN }], error("invalid-argument", "prior", "NaN"));
  add(fn, "NaN and infinity", "maxIterations Infinity", () => [claims, { maxIterations: Number.POSITIVE_INFINITY }], error("invalid-argument", "maxIterations", "Infinity"));
  add(fn, "wrong type", "maxIterations 1.5", () => [claims, { maxIterations: 1.5 }], error("invalid-argument", "maxIterations", "1.5"));
  add(fn, "huge amount", "maxIterations 1e9", () => [claims, { maxIterations: 1e9 }], result("an estimate (iterations stop when the estimates settle)", (v) => (v as { results: unknown[] }).results.length === 1));
  add(fn, "null and undefined", "options null", () => [claims, null], error("invalid-argument", "options", "null"));
  add(fn, "wrong type", "copyDetection \"yes\"", () => [claims, { copyDetection: "yes" }], error("invalid-argument", "copyDetection", '"yes"'));
}
add("createReconciler", "unknown enum value", "method", () => [{ method: "magic" }], result("a reconciler (options are checked when it runs)", (v) => typeof v === "function"));
add("createReconciler", "null and undefined", "null", () => [null], result("a reconciler", (v) => typeof v === "function"));

function manyClaims(count: number): readonly api.Claim[] {
  const { claims: built } = api.parseClaims(
    Array.from({ length: count }, (_, i) => ({ id: `c${i}`, metric: "exports", value: `$${1 + (i % 97)} billion`, period: "2023", source: `S${i % 50}` })),
  );
  return built;
}

// ---------------------------------------------------------------------------------------------------
// Relations and timelines
// ---------------------------------------------------------------------------------------------------

add("checkRelation", "null and undefined", "null", () => [null], error("invalid-argument", "null"));
add("checkRelation", "unknown enum value", "kind ratio", () => [{ kind: "ratio" }], error("invalid-argument", "kind", '"ratio"'));
add("checkRelation", "extra field", "misspelt total", () => [{ kind: "sum", parts: ["2", "3"], totl: "6" }], error("invalid-argument", "totl"));
add("checkRelation", "malformed number", "part 1.2.3", () => [{ kind: "share", part: "1.2.3", whole: "2", share: "50%" }], error("invalid-quantity", "part", '"1.2.3"'));
add("checkRelation", "NaN and infinity", "share NaN", () => [{ kind: "share", part: "1", whole: "2", share: Number.NaN }], error("invalid-argument", "share", "NaN"));
add("checkRelation", "NaN and infinity", 'share "∞"', () => [{ kind: "share", part: "1", whole: "2", share: "∞" }], error("invalid-quantity", "share", '"∞"'));
add("checkRelation", "huge amount", "factor 1e999999", () => [{ kind: "multiple", base: "2", result: "4", factor: "1e999999" }], error("invalid-quantity", "factor", '"1e999999"'));
add("checkRelation", "unknown unit", "km + kg", () => [{ kind: "sum", parts: ["1 km", "1 kg"], total: "2 km" }], error("invalid-unit", "kg"));
add("checkRelation", "unknown unit", "unit furlong", () => [{ kind: "conversion", values: ["1 km", null], unit: "furlong" }], error("invalid-argument", "unit", '"furlong"'));
add("checkRelation", "long array", "two operands left out", () => [{ kind: "share", part: "1" }], error("invalid-argument", "only one operand"));
add("checkRelation", "long array", "no parts", () => [{ kind: "sum", parts: [], total: "1" }], error("invalid-argument", "parts"));
add("checkRelation", "reserved key", "__proto__ operand", () => [JSON.parse('{"kind":"share","part":"1","whole":"2","share":"50%","__proto__":{"polluted":true}}')], error("invalid-argument", "__proto__"));
add("checkRelations", "null and undefined", "null", () => [null], error("invalid-argument", "null"));
add("checkRelations", "wrong type", "unknown claim id", () => [{ relations: [{ kind: "sum", parts: ["a"], total: "b" }] }, { claims: [] }], error("invalid-argument", "relations[0].parts[0]", '"a"'));
add("checkRelations", "wrong type", "claims lookup with a null", () => [{ relations: [{ kind: "sum", parts: ["x"], total: { value: "1" } }] }, [null]], error("invalid-argument", "claims[0] is not a claim", "null"));
add("checkRelations", "null and undefined", "claims lookup null", () => [{ relations: [] }, null], error("invalid-argument", "claims", "null"));
add("claim", "null and undefined", "options null", () => [claimJSON, null], error("invalid-argument", "options", "null"));
add("parseClaims", "null and undefined", "options null", () => [[claimJSON], null], error("invalid-argument", "options", "null"));
add("checkRelations", "extra field", "unknown relation field", () => [{ relations: [{ kind: "sum", parts: [{ value: "1" }], total: { value: "1" }, foo: 1 }] }], error("invalid-argument", "relations[0]", '"foo"'));
add("checkRelations", "long array", "1,001 parts", () => [{ relations: [{ kind: "sum", parts: Array.from({ length: 1001 }, () => ({ value: "1" })), total: { value: "1001" } }] }], error("invalid-argument", "relations[0].parts", "1000"));
add("checkOrdinal", "null and undefined", "null input", () => [null, timeline], error("invalid-argument", "ordinal"));
add("checkOrdinal", "null and undefined", "null timeline", () => [{ ordinal: "fifth", event: "2024-07-02" }, null], error("invalid-argument", "timeline"));
add("checkOrdinal", "impossible date", "event date 2023-02-30", () => [{ ordinal: "first", event: "2023-02-30" }, timeline], error("invalid-argument", "event", '"2023-02-30"'));
add("checkOrdinal", "impossible date", "timeline date 2023-02-30", () => [{ ordinal: "first", event: "2024-07-02" }, { events: [{ date: "2023-02-30" }] }], error("invalid-argument", "timeline.events[0].date", '"2023-02-30"'));
add("checkOrdinal", "reversed interval", "window until before since", () => [{ ordinal: "first", event: "2024-07-02", since: "2025", until: "2020" }, timeline], error("invalid-argument", "until", "before it starts"));
add("checkOrdinal", "NaN and infinity", "ordinal NaN", () => [{ ordinal: Number.NaN, event: "2024-07-02" }, timeline], error("invalid-argument", "ordinal", "NaN"));
add("checkOrdinal", "huge amount", "ordinal 1e999999", () => [{ ordinal: "1e999999", event: "2024-07-02" }, timeline], error("invalid-quantity", "ordinal", '"1e999999"'));
add("checkOrdinal", "extra field", "misspelt since", () => [{ ordinal: "first", event: "2024-07-02", sinse: "2020" }, timeline], error("invalid-argument", "sinse"));
add("checkOrdinal", "long array", "100,000 events with one label", () => [{ ordinal: "fifth", event: "visit" }, { events: Array.from({ length: 100_000 }, (_, i) => ({ date: `${String(1000 + (i % 9000)).padStart(4, "0")}-01-01`, label: "visit" })) }], error("invalid-argument", "event", "100000 events"));
add("formatRelationCheck", "wrong type", "a comparison", () => [comparison], error("invalid-argument", "checkRelation"));
add("formatOrdinalCheck", "wrong type", "a relation check", () => [relationCheck], error("invalid-argument", "checkOrdinal"));

// ---------------------------------------------------------------------------------------------------
// Reports and outputs
// ---------------------------------------------------------------------------------------------------

add("formatReport", "unknown enum value", "only everything", () => [report, { only: "everything" }], error("invalid-argument", "only", '"everything"'));
add("formatReport", "unknown enum value", "format pdf", () => [report, { format: "pdf" }], error("invalid-argument", '"pdf"'));
add("formatReport", "null and undefined", "null report", () => [null], error("invalid-argument", "report", "null"));
add("formatReport", "wrong type", "claims as the report", () => [claims], error("invalid-argument", "report"));
add("formatReport", "wrong type", "options.claims a number", () => [report, { claims: 5 }], error("invalid-argument", "options.claims", "5"));
add("formatCorpusReconciliation", "null and undefined", "null", () => [null], error("invalid-argument", "reconcileAll()", "null"));
add("formatCorpusReconciliation", "wrong type", "a report", () => [report], error("invalid-argument", "reconcileAll()"));
add("formatCorpusReconciliation", "wrong type", "an estimate without claim ids", () => [{ ...corpusReconciliation, results: [{ estimate: quantity }] }], error("invalid-argument", "reconciliation.results[0]"));
add("formatCorpusReconciliation", "unknown enum value", "format pdf", () => [corpusReconciliation, { format: "pdf" }], error("invalid-argument", '"pdf"'));
add("formatCorpusReconciliation", "null and undefined", "text without the claims", () => [corpusReconciliation, {}], error("invalid-argument", "options.claims"));
add("formatCorpusReconciliation", "wrong type", "claim JSON as the claims", () => [corpusReconciliation, { claims: [claimJSON] }], error("invalid-argument", "options.claims[0] is not a claim"));
add("formatReportText", "wrong type", "a comparison", () => [comparison], error("invalid-argument", "report"));
add("toVegaLite", "null and undefined", "a report without its claims", () => [report], error("invalid-argument", "claims"));
add("toVegaLite", "wrong type", "options.claims JSON", () => [report, { claims: [claimJSON] }], error("invalid-argument", "options.claims[0] is not a claim"));
add("toClaimReview", "null and undefined", "no options", () => [comparison], error("invalid-argument", "options"));
add("toClaimReview", "wrong type", "a reconciliation", () => [reconciliation, { author: { name: "desk" } }], error("invalid-argument", "comparison"));
add("toClaimReview", "wrong type", "reviewed id unknown", () => [comparison, { author: { name: "desk" }, reviewed: "zz" }], error("invalid-argument", '"zz"'));
add("withDisplay", "wrong type", "a frozen report", () => [report, () => ({ "text/plain": "x" })], result("a display copy; the frozen input is untouched", (v) => v !== report && typeof v === "object"));
add("display", "null and undefined", "null", () => [null], error("invalid-argument", "display() takes", "null"));
add("display", "wrong type", "claim JSON", () => [claimJSON], error("invalid-argument", "display() takes"));
add("display", "null and undefined", "a corpus reconciliation without its claims", () => [corpusReconciliation], error("invalid-argument", "options.claims"));
add("display", "wrong type", "claim JSON as the claims", () => [report, { claims: [claimJSON] }], error("invalid-argument", "options.claims[0] is not a claim"));
add("display", "wrong type", "a frozen report", () => [report], result("a display copy; the frozen input is untouched", (v) => v !== report && typeof v === "object"));
add("toNotebookDisplay", "null and undefined", "undefined", () => [undefined], error("invalid-argument", "display() takes"));
add("toNotebookDisplay", "wrong type", "a quantity", () => [quantity], error("invalid-argument", "display() takes"));
add("toNotebookDisplay", "wrong type", "options null", () => [report, null], error("invalid-argument", "options"));
add("toNotebookDisplay", "wrong type", "an estimate without claim ids", () => [{ ...corpusReconciliation, results: [{ estimate: quantity }] }, { claims }], error("invalid-argument", "reconciliation.results[0]"));

// ---------------------------------------------------------------------------------------------------
// Errors and the testing subpath
// ---------------------------------------------------------------------------------------------------

add("isDiscrepancyError", "null and undefined", "null", () => [null], isFalse);
add("isDiscrepancyError", "reserved key", "a look-alike object", () => [{ name: "DiscrepancyError", code: "invalid-claim" }], isFalse);
add("assertNoConflicts", "wrong type", "a string", () => ["claims"], error("invalid-argument", '"claims"'));
add("assertNoConflicts", "wrong type", "claim JSON with a bad value", () => [[{ ...claimJSON, value: "banana" }]], error("invalid-claim", "value", '"banana"'));
add("assertConsistent", "null and undefined", "null", () => [null, kz], error("invalid-claim", "null"));
add("createArbitraries", "wrong type", "not fast-check", () => [{}], error("invalid-argument", "fast-check"));
add("createArbitraries", "reversed interval", "years reversed", () => [fcLike(), { years: [2025, 2019] }], error("invalid-argument", "years"));
add("isClaim", "wrong type", "claim JSON", () => [claimJSON], isFalse);

// A stand-in for the fast-check module that fails the test if createArbitraries gets as far as using it.
function fcLike(): unknown {
  const fail = () => {
    throw new Error("createArbitraries used fast-check before checking its options");
  };
  return { integer: fail, record: fail };
}

/** The table, one row per case. */
export const CASES: readonly Case[] = Object.freeze(cases);

/** The public functions: every function exported by the package entry and the testing and notebook subpaths. */
export const PUBLIC_FUNCTIONS: Readonly<Record<string, (...args: never[]) => unknown>> = Object.freeze(
  Object.fromEntries(
    [...Object.entries(api), ...Object.entries(testing), ...Object.entries(notebook)].filter(
      ([name, value]) => typeof value === "function" && name !== "DiscrepancyError" && name !== "ClaimAssertionError",
    ),
  ) as Record<string, (...args: never[]) => unknown>,
);

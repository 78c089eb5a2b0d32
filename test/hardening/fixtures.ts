// Good values of every kind the public API takes, built once, for the hardening tables.
import {
  checkOrdinal,
  checkRelation,
  claim,
  compare,
  createInterval,
  findDiscrepancies,
  parsePeriod,
  parseQuantity,
  reconcile,
  reconcileAll,
  type Claim,
} from "../../src/index.js";

const government = (name: string, country: string) => ({ name, type: "government" as const, country });

export const cn: Claim = claim({
  id: "cn",
  metric: "trade turnover",
  subject: ["China", "Kazakhstan"],
  value: "$41 billion",
  period: "2023",
  source: government("Ministry of Foreign Affairs of China", "CN"),
});
export const kz: Claim = claim({
  id: "kz",
  metric: "trade turnover",
  subject: ["China", "Kazakhstan"],
  value: "$31.5 billion",
  period: "2023",
  source: government("Ministry of Trade and Integration of Kazakhstan", "KZ"),
});
export const claims: readonly Claim[] = Object.freeze([cn, kz]);
export const quantity = parseQuantity("$41 billion");
export const period = parsePeriod("2023");
export const interval = createInterval("1", "2");
export const comparison = compare(cn, kz);
export const report = findDiscrepancies(claims);
export const reconciliation = reconcile(claims);
export const corpusReconciliation = reconcileAll(claims);
export const relationCheck = checkRelation({ kind: "share", part: "$9.2 billion", whole: "$263 billion", share: "3.5%" });
export const timeline = Object.freeze({ events: Object.freeze([{ date: "2013-09-07" }, { date: "2024-07-02" }]) });
export const ordinalCheck = checkOrdinal({ ordinal: "second", event: "2024-07-02" }, timeline);

/** A claim input as JSON. */
export const claimJSON = Object.freeze({ metric: "trade turnover", value: "$41 billion", period: "2023", source: "MFA of China" });

/** `levels` objects nested in one another (built iteratively). */
export const nested = (levels: number, leaf: unknown = 1, key = "a"): unknown => {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = { [key]: value };
  return value;
};

/** `levels` arrays nested in one another. */
export const nestedArrays = (levels: number, leaf: unknown = "x"): unknown => {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
};

/** JSON objects carrying keys that reach prototypes when code copies records naively. */
export const pollutingJSON = (): readonly unknown[] => [
  JSON.parse('{"__proto__":{"polluted":true}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'),
  JSON.parse('{"prototype":{"polluted":true}}'),
];

/** Every spelling of NaN and infinity a caller might send. */
export const NAN_AND_INFINITY: readonly unknown[] = Object.freeze([
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  1 / 0,
  "NaN",
  "nan",
  "Infinity",
  "-Infinity",
  "+Infinity",
  "inf",
  "∞",
  "-∞",
  String(1 / 0),
]);

/** Values that are wrong for almost every parameter: the generic sweep calls every function with each. */
export const GENERIC_BAD: readonly (readonly [string, () => unknown])[] = [
  ["null", () => null],
  ["undefined", () => undefined],
  ["0", () => 0],
  ["-1", () => -1],
  ["1.5", () => 1.5],
  ["2^60", () => 2 ** 60],
  ["NaN", () => Number.NaN],
  ["Infinity", () => Number.POSITIVE_INFINITY],
  ["-Infinity", () => Number.NEGATIVE_INFINITY],
  ['""', () => ""],
  ['" "', () => " "],
  ['"NaN"', () => "NaN"],
  ['"Infinity"', () => "Infinity"],
  ['"∞"', () => "∞"],
  ['"1.2.3"', () => "1.2.3"],
  ["10,000 digits", () => "9".repeat(10_000)],
  ['"1e999999"', () => "1e999999"],
  ['"2023-02-30"', () => "2023-02-30"],
  ["true", () => true],
  ["{}", () => ({})],
  ["[]", () => []],
  ["[null]", () => [null]],
  ["__proto__ JSON", () => JSON.parse('{"__proto__":{"polluted":true}}')],
  ["constructor JSON", () => JSON.parse('{"constructor":{"prototype":{"polluted":true}}}')],
  ["10,000 levels", () => nested(10_000)],
  ["symbol", () => Symbol("bad")],
  ["bigint", () => 10n],
  ["function", () => () => 1],
  ["Invalid Date", () => new Date(Number.NaN)],
  ["Map", () => new Map([["a", 1]])],
];

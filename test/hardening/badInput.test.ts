// Every public function against bad input: the table of named cases, then a sweep of generic bad values
// through every argument of every exported function. Inputs are deep-frozen (a write would throw), and
// the prototypes are checked for pollution after each part.
import { afterAll, describe, expect, it } from "vitest";
import { DiscrepancyError, enLexicon, isDiscrepancyError } from "../../src/index.js";
import { matchers } from "../../src/testing/index.js";
import { CASES, FAMILIES, PUBLIC_FUNCTIONS, type Case } from "./badInputTable.js";
import { GENERIC_BAD, claims, cn, comparison, corpusReconciliation, interval, kz, ordinalCheck, period, quantity, reconciliation, relationCheck, report, timeline, claimJSON } from "./fixtures.js";
import { deepFreeze, prototypeFingerprint, snapshot } from "./helpers.js";

const before = prototypeFingerprint();
const notPolluted = (): void => {
  expect(prototypeFingerprint()).toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect((Object.prototype as unknown as Record<string, unknown>).polluted).toBeUndefined();
};
afterAll(notPolluted);

/** Calls `fn` (awaiting a promise it returns) and says what happened; a raw JavaScript error is a failure of the library. */
const run = async (fn: (...args: never[]) => unknown, args: readonly unknown[]): Promise<{ error?: unknown; value?: unknown }> => {
  try {
    const value = (fn as (...a: unknown[]) => unknown)(...args);
    return { value: value instanceof Promise ? await value : value };
  } catch (error) {
    return { error };
  }
};

/** What a thrown value is, for a failure message. */
const describeThrown = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : String(error));

describe("the bad-input table", () => {
  it("covers every public function", () => {
    const covered = new Set(CASES.map((c) => c.fn));
    const missing = Object.keys(PUBLIC_FUNCTIONS).filter((name) => !covered.has(name));
    expect(missing, "add rows to test/hardening/badInputTable.ts for these exports").toEqual([]);
  });

  it("names only public functions and known families", () => {
    for (const c of CASES) {
      expect(PUBLIC_FUNCTIONS, c.fn).toHaveProperty(c.fn);
      expect(FAMILIES).toContain(c.family);
    }
  });

  it.each(CASES.map((c) => [`${c.fn} · ${c.family} · ${c.label}`, c] as const))("%s", async (_name, c: Case) => {
    const args = deepFreeze(c.args());
    const fingerprint = snapshot(args);
    const { error, value } = await run(PUBLIC_FUNCTIONS[c.fn]!, args);
    if (c.outcome.kind === "error") {
      if (!isDiscrepancyError(error)) throw new Error(`expected a DiscrepancyError, got ${error === undefined ? `a result: ${snapshot(value)?.slice(0, 200)}` : describeThrown(error)}`);
      expect(error).toBeInstanceOf(DiscrepancyError);
      expect(error.code).toBe(c.outcome.code);
      for (const text of c.outcome.mentions) expect(error.message).toContain(text);
      // Bounded: a 10,000-digit or 1 MB input is quoted, not copied into the message.
      expect(error.message.length).toBeLessThan(2_000);
      expect(() => JSON.stringify(error)).not.toThrow();
    } else {
      if (error !== undefined) throw new Error(`expected ${c.outcome.what}, got ${describeThrown(error)}`);
      expect(c.outcome.check(value), c.outcome.what).toBe(true);
    }
    expect(snapshot(args)).toBe(fingerprint);
    notPolluted();
  });
});

// Good arguments for each function, so the sweep can put a bad value in every position (a bad first
// argument alone would stop most functions before they read the others).
const GOOD_ARGS: Readonly<Record<string, readonly unknown[]>> = {
  addIntervals: [interval, interval],
  assertConsistent: [cn, cn, {}],
  assertNoConflicts: [[cn], {}],
  checkOrdinal: [{ ordinal: "second", event: "2024-07-02" }, timeline, {}],
  checkRelation: [{ kind: "sum", parts: ["1"], total: "1" }, {}],
  checkRelations: [{ relations: [] }, {}],
  claim: [claimJSON, {}],
  compare: [cn, kz, {}],
  comparePeriods: [period, period],
  conversionFactor: ["km", "mi", {}],
  convertQuantity: [quantity, "USD", {}],
  createArbitraries: [{ integer: () => undefined }, {}],
  createInterval: ["1", "2", {}],
  createQuantityParser: [{ lexicons: [enLexicon] }],
  createReconciler: [{}],
  divideIntervals: [interval, interval],
  explain: [comparison, {}],
  explainSentences: [reconciliation, {}],
  formatReconciliationNote: [reconciliation, {}],
  formatIssue: [{ path: ["unit"], code: "unknown-unit", params: { unit: "XYZ" }, message: 'unknown unit "XYZ"', input: "XYZ" }, { locale: "uk" }],
  extractQuantities: ["$41 billion in 2023", {}],
  extractClaims: ["China's exports to Kazakhstan were $41 billion in 2023.", { publishedAt: "2024-02-14" }],
  resolveEntity: ["China", {}],
  resolveMetric: ["trade turnover", {}],
  findDiscrepancies: [claims, {}],
  findDiscrepanciesAsync: [claims, {}],
  formatCorpusReconciliation: [corpusReconciliation, { claims }],
  formatOrdinalCheck: [ordinalCheck],
  formatRelationCheck: [relationCheck],
  formatReport: [report, {}],
  formatReportText: [report, {}],
  intersectIntervals: [interval, interval],
  intervalDistance: [interval, interval],
  isInInterval: [interval, "1"],
  isPeriodWithin: [period, period],
  isSamePeriod: [period, period],
  multiplyIntervals: [interval, interval],
  negateInterval: [interval],
  parseClaims: [[claimJSON], {}],
  parsePeriod: ["2023", {}],
  parseQuantity: ["$41 billion", {}],
  periodsOverlap: [period, period],
  quantity: [{ amount: "41", unit: "USD" }],
  reconcile: [claims, {}],
  reconcileAll: [claims, {}],
  reconcileAllAsync: [claims, {}],
  safeParsePeriod: ["2023", {}],
  safeParseQuantity: ["41", {}],
  scanPeriods: ["in 2023", {}],
  scanQuantities: ["$41 billion", {}],
  shiftPeriod: [period, 1],
  subtractIntervals: [interval, interval],
  toClaimReview: [comparison, { author: { name: "desk" } }],
  toInterval: [quantity],
  toPeriodKey: [period],
  toPeriodLabel: [period],
  formatPeriod: [period, { locale: "uk" }],
  toQuantityJSON: [quantity],
  toSeriesKey: [{ metric: "m", subject: [], direction: false, qualifiers: {} }],
  toVegaLite: [claims, {}],
  withDisplay: [{ a: 1 }, () => ({ "text/plain": "x" })],
  display: [report, { claims }],
  toNotebookDisplay: [report, { claims }],
};

const sweepTargets: [string, (...args: never[]) => unknown][] = [
  ...Object.entries(PUBLIC_FUNCTIONS),
  ...Object.entries(matchers).map(([name, fn]): [string, (...args: never[]) => unknown] => [
    `matchers.${name}`,
    (...args: never[]) => (fn as (this: unknown, ...a: unknown[]) => unknown).call({ isNot: false, equals: Object.is }, ...args),
  ]),
];

describe("the generic sweep: every function, every argument position, every generic bad value", () => {
  it.each(sweepTargets.map(([name, fn]) => [name, fn] as const))("%s", async (name, fn) => {
    const good = GOOD_ARGS[name] ?? [cn, kz];
    const positions = Math.max(1, good.length);
    let calls = 0;
    for (let position = 0; position < positions; position++) {
      for (const [label, make] of GENERIC_BAD) {
        const args = deepFreeze(good.map((g, i) => (i === position ? make() : g)));
        const fingerprint = snapshot(args);
        const { error } = await run(fn, args);
        calls++;
        if (error !== undefined && !isDiscrepancyError(error))
          throw new Error(`${name} with ${label} as argument ${position + 1}: ${describeThrown(error)}`);
        if (isDiscrepancyError(error)) expect(error.message.length, `${name} / ${label}`).toBeLessThan(2_000);
        expect(snapshot(args), `${name} mutated its input (${label})`).toBe(fingerprint);
      }
    }
    expect(calls).toBe(positions * GENERIC_BAD.length);
    notPolluted();
  });

  it("has good arguments for every public function", () => {
    expect(Object.keys(PUBLIC_FUNCTIONS).filter((name) => GOOD_ARGS[name] === undefined && !["getUnit", "isUnit", "isPeriod", "isDiscrepancyError", "isClaim", "toClaimInputJSONSchema"].includes(name))).toEqual([]);
  });
});

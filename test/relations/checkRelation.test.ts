import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/claim/types.js";
import { Decimal } from "../../src/decimal.js";
import { isDiscrepancyError, type DiscrepancyError } from "../../src/errors.js";
import { formatIssuePath } from "../../src/messages/misuse/quote.js";
import { quantity } from "../../src/quantity/quantity.js";
import type { Bound, Quantity } from "../../src/quantity/types.js";
import { checkRelation } from "../../src/relations/checkRelation.js";
import type { Relation } from "../../src/relations/types.js";

type B = Exclude<Bound, "range">;
const q = (amount: string, unit: string, bound?: B, scale?: "billion" | "million"): Quantity =>
  quantity({ amount, unit, ...(bound !== undefined ? { bound } : {}), ...(scale !== undefined ? { scale } : {}) });
const bn = (amount: string, bound?: B) => q(amount, "USD", bound, "billion");
const pct = (amount: string, bound?: B) => q(amount, "%", bound);
const km = (amount: string, bound?: B) => q(amount, "km", bound);
const mi = (amount: string, bound?: B) => q(amount, "mi", bound);
const json = (value: unknown) => JSON.parse(JSON.stringify(value));

describe("checkRelation: verdicts", () => {
  it.each<[string, Relation, "consistent" | "conflict", string | undefined]>([
    // conversion: "1,700 kilometers (1,056 miles)"
    ["1,700 km = 1,056 mi", { kind: "conversion", values: [km("1700"), mi("1056")] }, "consistent", undefined],
    ["more than 1,700 km = 1,056 mi (only thanks to rounding)", { kind: "conversion", values: [km("1700", "moreThan"), mi("1056")] }, "consistent", undefined],
    ["more than 1,700 km ≠ 1,055 mi", { kind: "conversion", values: [km("1700", "moreThan"), mi("1055")] }, "conflict", "0.83102680346774834963811341"],
    ["1,700 km ≠ 1,156 mi", { kind: "conversion", values: [km("1700"), mi("1156")] }, "conflict", "68.10041358466555316949017736"],
    ["1,056 mi = 1,699.5 km, either order", { kind: "conversion", values: [mi("1056"), km("1699.5")] }, "consistent", undefined],
    // percent change: "a 16 % increase … reaching $1.8 billion"
    ["$1.55 bn +16 % = $1.8 bn", { kind: "percent-change", from: bn("1.55"), rate: pct("16"), to: bn("1.8") }, "consistent", undefined],
    ["$1.4 bn +16 % ≠ $1.8 bn", { kind: "percent-change", from: bn("1.4"), rate: pct("16"), to: bn("1.8") }, "conflict", "60750000"],
    ["$2 bn −10 % = $1.8 bn", { kind: "percent-change", from: bn("2"), rate: pct("-10"), to: bn("1.8") }, "consistent", undefined],
    // share: "$9.2 billion … 3.5 % of GDP"
    ["$9.2 bn is 3.5 % of $263 bn", { kind: "share", part: bn("9.2"), share: pct("3.5"), whole: bn("263") }, "consistent", undefined],
    ["$9.2 bn is not 3.5 % of $200 bn", { kind: "share", part: bn("9.2"), share: pct("3.5"), whole: bn("200") }, "conflict", "1340000000"],
    // precision edges: "3.5 %" allows 3.45 % (a closed end), "3.50 %" does not, "more than 3.45 %" does not
    ["3.45 of 100 is within \"3.5 %\"", { kind: "share", part: q("3.45", "count", "exact"), whole: q("100", "count", "exact"), share: pct("3.5") }, "consistent", undefined],
    ["3.45 of 100 is not \"3.50 %\"", { kind: "share", part: q("3.45", "count", "exact"), whole: q("100", "count", "exact"), share: pct("3.50") }, "conflict", "0.045"],
    ["3.45 of 100 is not \"more than 3.45 %\"", { kind: "share", part: q("3.45", "count", "exact"), whole: q("100", "count", "exact"), share: pct("3.45", "moreThan") }, "conflict", "0"],
    // sum
    ["31 + 31 + 17 + 3.5 = 82.5 %", { kind: "sum", parts: [pct("31"), pct("31"), pct("17"), pct("3.5")], total: pct("82.5") }, "consistent", undefined],
    ["31 + 31 + 17 + 3.5 ≠ 90 %", { kind: "sum", parts: [pct("31"), pct("31"), pct("17"), pct("3.5")], total: pct("90", "exact") }, "conflict", "5.95"],
    ["shares within 100 %", { kind: "sum", parts: [pct("31"), pct("31"), pct("17"), pct("3.5")] }, "consistent", undefined],
    ["shares beyond 100 %", { kind: "sum", parts: [pct("61"), pct("31"), pct("17"), pct("3.5")] }, "conflict", "10.95"],
    ["shares that could be exactly 100 %", { kind: "sum", parts: [pct("50"), pct("50")] }, "consistent", undefined],
    ["shares of more than 50 % twice", { kind: "sum", parts: [pct("50", "moreThan"), pct("50", "moreThan")] }, "conflict", "0"],
    // difference: "$24 billion … only $2 billion behind trade with Russia"
    ["$26 bn − $24 bn = $2 bn", { kind: "difference", a: bn("26"), b: bn("24"), difference: bn("2") }, "consistent", undefined],
    ["$31 bn − $24 bn ≠ $2 bn", { kind: "difference", a: bn("31"), b: bn("24"), difference: bn("2") }, "conflict", "3500000000"],
    ["31 % − 17 % = 14 pp", { kind: "difference", a: pct("31"), b: pct("17"), difference: q("14", "pp") }, "consistent", undefined],
    // multiple: "double the $41 billion"
    ["2 × $41 bn = $82 bn", { kind: "multiple", base: bn("41"), factor: 2, result: bn("82") }, "consistent", undefined],
    ["2 × $41 bn ≠ $40 bn (±$4 bn: the target is not double)", { kind: "multiple", base: bn("41"), factor: 2, result: bn("40") }, "conflict", "37000000000"],
    ["200 % of $41 bn = $82 bn", { kind: "multiple", base: bn("41"), factor: q("200", "%", "exact"), result: bn("82") }, "consistent", undefined],
  ])("%s", (_name, relation, verdict, by) => {
    const check = checkRelation(relation);
    expect(check.verdict).toBe(verdict);
    expect(check.by?.toFixed()).toBe(by);
    expect(check.explanation.code).toMatch(verdict === "consistent" ? /holds|fit/ : /fails|exceed/);
  });

  it("says when only rounding or bound words make a relation hold", () => {
    // 1,056 mi is 1,699.47 km: not "more than 1,700 km", but 1,056 is rounded and may be 1,056.4
    expect(checkRelation({ kind: "conversion", values: [mi("1056"), km("1700", "moreThan")] }).withinRoundingOnly).toBe(true);
    expect(checkRelation({ kind: "conversion", values: [km("1700"), mi("1056")] }).withinRoundingOnly).toBe(false);
  });

  it("converts between units of one dimension into the target's unit", () => {
    const check = checkRelation({ kind: "conversion", values: [mi("1056"), km("1700")] });
    expect(check.unit).toBe("km");
    expect(check.computed.low?.toFixed()).toBe("1698.662592");
    expect(check.computed.high?.toFixed()).toBe("1700.271936");
  });

  it("converts currencies only with a rate", () => {
    const kzt = q("4500", "KZT", undefined, "billion");
    const rates = [{ from: "USD", to: "KZT", rate: "450", date: "2023-12-31" }];
    expect(checkRelation({ kind: "difference", a: bn("20"), b: kzt, difference: bn("10") }, { rates }).verdict).toBe("consistent");
    expect(() => checkRelation({ kind: "difference", a: bn("20"), b: kzt, difference: bn("10") })).toThrow(/b: no exchange rate/);
  });
});

describe("checkRelation: implied values", () => {
  it.each<[string, Relation, string, string, string, string]>([
    ["16 % increase reaching $1.8 bn → 2022", { kind: "percent-change", to: bn("1.8"), rate: pct("16") }, "from", "1502145922.74678111587982832618", "1601731601.73160173160173160174", "1.502–1.602 billion USD"],
    ["$9.2 bn is 3.5 % of GDP → GDP", { kind: "share", part: bn("9.2"), share: pct("3.5") }, "whole", "257746478873.239436619718309859", "268115942028.985507246376811595", "257–269 billion USD"],
    ["$24 bn, $2 bn behind Russia → KZ–RU trade", { kind: "difference", b: bn("24"), difference: bn("2") }, "a", "25000000000", "27000000000", "25–27 billion USD"],
    ["double the $41 bn → target", { kind: "multiple", base: bn("41"), factor: 2 }, "result", "81000000000", "83000000000", "81–83 billion USD"],
    ["1,700 km in miles", { kind: "conversion", values: [km("1700"), null], unit: "mi" }, "values[1]", "1025.26246719160104986876640419", "1087.39958641533444683050982264", "1025–1088 mi"],
    ["shares of the rest", { kind: "sum", parts: [pct("31"), pct("31"), null], total: q("100", "%", "exact") }, "parts[2]", "37", "39", "37–39 %"],
    ["rate from two years", { kind: "percent-change", from: bn("1.55"), to: bn("1.8") }, "rate", "12.540192926045016077170418006", "19.741100323624595469255663431", "12.5–19.8 %"],
    ["share from part and whole", { kind: "share", part: bn("9.2"), whole: bn("263") }, "share", "3.47248576850094876660341555977", "3.52380952380952380952380952381", "3.472–3.524 %"],
    ["difference of shares in points", { kind: "difference", a: pct("31"), b: pct("17") }, "difference", "13", "15", "13–15 pp"],
  ])("%s", (_name, relation, target, low, high, text) => {
    const check = checkRelation(relation);
    expect(check.target).toBe(target);
    expect(check.verdict).toBe("consistent");
    expect(check.explanation.code).toBe("value-implied");
    expect(check.implied?.low?.toFixed()).toBe(low);
    expect(check.implied?.high?.toFixed()).toBe(high);
    expect(check.implied?.text).toBe(text);
    const operand = check.operands.find((o) => o.name === target);
    expect(operand?.implied).toBe(true);
    expect(operand?.quantity).toBe(check.implied);
  });

  it("gives the nominal value computed from the operands' nominal values", () => {
    const check = checkRelation({ kind: "percent-change", to: bn("1.8"), rate: pct("16") });
    expect(check.implied?.value.toFixed(0)).toBe("1551724138");
  });

  it("reports what shares leave for the parties not listed", () => {
    const check = checkRelation({ kind: "sum", parts: [pct("31"), pct("31"), pct("17"), pct("3.5")] });
    expect(check.explanation.code).toBe("shares-fit");
    expect(json(check.explanation.remainder)).toEqual({ low: "15.95", high: "19.05", lowOpen: false, highOpen: false });
    expect(json(check.implied)).toMatchObject({ low: "80.95", high: "84.05", unit: "%", text: "80.95–84.05 %" });
  });

  it("keeps open ends and unbounded sides: more than 1,700 km is more than 1,056.3 miles", () => {
    const check = checkRelation({ kind: "conversion", values: [km("1700", "moreThan"), null], unit: "mi" });
    expect(check.implied?.high).toBeNull();
    expect(check.implied?.bound).toMatch(/atLeast|moreThan/);
    expect(check.implied?.low?.toFixed(3)).toBe("1056.331");
  });
});

describe("checkRelation: result shape", () => {
  it("is frozen plain data, names operands and claims, and prints decimals as strings", () => {
    const debt = { id: "kz-debt", metric: "external debt", quantity: bn("9.2") } as unknown as Claim;
    const check = checkRelation({ kind: "share", id: "debt-gdp", part: debt, share: pct("3.5") });
    expect(Object.isFrozen(check)).toBe(true);
    expect(Object.isFrozen(check.operands)).toBe(true);
    expect(check.id).toBe("debt-gdp");
    expect(check.operands.map((o) => [o.name, o.claimId ?? null, o.implied])).toEqual([
      ["part", "kz-debt", false],
      ["whole", null, true],
      ["share", null, false],
    ]);
    const out = json(check);
    expect(out.computed.low).toBe("257746478873.239436619718309859");
    expect(out.explanation).toEqual({ code: "value-implied", formula: "whole = part ÷ share" });
  });

  it("never mutates its input", () => {
    const relation = { kind: "sum" as const, parts: [pct("31"), pct("17")] };
    const before = json(relation);
    checkRelation(relation);
    expect(json(relation)).toEqual(before);
  });
});

describe("checkRelation: bad input names the field", () => {
  const fails = (relation: unknown, field: string, text: string) => {
    try {
      checkRelation(relation as Relation);
      expect.unreachable();
    } catch (error) {
      expect(isDiscrepancyError(error)).toBe(true);
      const e = error as DiscrepancyError;
      expect(e.message).toContain(field);
      expect(e.message).toContain(text);
      expect(e.issues.map((i) => formatIssuePath(i.path))).toContain(field);
    }
  };
  it.each<[string, unknown, string, string]>([
    ["unknown kind", { kind: "ratio", a: pct("1") }, "kind", '"ratio"'],
    ["no kind", { values: [] }, "kind", "undefined"],
    ["two operands left out", { kind: "share", part: bn("9.2") }, "whole", "share are missing"],
    ["a rate that is not a percentage", { kind: "percent-change", from: bn("1"), rate: km("16") }, "rate", "percentage"],
    ["a share that is not a percentage", { kind: "share", part: bn("1"), whole: bn("2"), share: bn("3") }, "share", "percentage"],
    ["a factor with a unit", { kind: "multiple", base: bn("1"), factor: km("2") }, "factor", "factor"],
    ["incompatible dimensions", { kind: "difference", a: bn("3"), b: km("2"), difference: bn("1") }, "b", "different dimensions"],
    ["an ordinal in arithmetic", { kind: "sum", parts: [q("5", "ordinal", "exact"), q("1", "count")] }, "parts[0]", "ordinal"],
    ["a fractional number", { kind: "multiple", base: bn("1"), factor: 1.5 }, "factor", "has a fraction"],
    ["something else", { kind: "multiple", base: bn("1"), factor: { amount: "2" } }, "factor", "expected a claim"],
    ["conversion without two values", { kind: "conversion", values: [km("1")] }, "values", "two operands"],
    ["conversion implied without a unit", { kind: "conversion", values: [km("1"), null] }, "unit", "needs a unit"],
    ["an unknown unit", { kind: "conversion", values: [km("1"), null], unit: "parsec" }, "unit", "parsec"],
    ["a sum without parts", { kind: "sum", parts: [] }, "parts", "non-empty"],
  ])("%s", (_name, relation, field, text) => fails(relation, field, text));
});

// ---------------------------------------------------------------------------------------------------
// Laws
// ---------------------------------------------------------------------------------------------------

const amountText = fc
  .tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 3 }))
  .map(([m, places]) => new Decimal(m).div(new Decimal(10).pow(places)).toFixed());
const bound = fc.constantFrom<B | undefined>(undefined, "rounded", "exact", "approx", "moreThan", "atLeast", "atMost", "lessThan");
const quantityIn = (units: readonly string[]) =>
  fc.record({ amount: amountText, unit: fc.constantFrom(...units), bound, negative: fc.boolean() }).map(({ amount, unit, bound, negative }) =>
    quantity({ amount: unit === "%" && negative ? `-${amount}` : amount, unit, ...(bound !== undefined ? { bound } : {}) }),
  );
const length = quantityIn(["km", "mi", "m"]);
const percent = quantityIn(["%"]);
const factor = quantityIn(["x", "count", "%"]);

/** A full relation of any kind with random operands. */
const relation: fc.Arbitrary<Relation> = fc.oneof(
  fc.tuple(length, length).map(([a, b]): Relation => ({ kind: "conversion", values: [a, b] })),
  fc.tuple(length, length, percent).map(([from, to, rate]): Relation => ({ kind: "percent-change", from, to, rate })),
  fc.tuple(length, length, percent).map(([part, whole, share]): Relation => ({ kind: "share", part, whole, share })),
  fc.tuple(fc.array(length, { minLength: 1, maxLength: 4 }), length).map(([parts, total]): Relation => ({ kind: "sum", parts, total })),
  fc.tuple(fc.array(percent, { minLength: 1, maxLength: 4 })).map(([parts]): Relation => ({ kind: "sum", parts })),
  fc.tuple(length, length, length).map(([a, b, difference]): Relation => ({ kind: "difference", a, b, difference })),
  fc.tuple(length, length, factor).map(([base, result, f]): Relation => ({ kind: "multiple", base, result, factor: f })),
);

/** The names of the operand slots of a relation, as `checkRelation` reports them. */
const slotNames = (r: Relation): string[] => checkRelation(r).operands.map((o) => o.name);

/** The relation with one slot replaced (`null` leaves it out). */
const withSlot = (r: Relation, name: string, value: Quantity | null): Relation => {
  const copy: Record<string, unknown> = { ...r };
  const indexed = /^(values|parts)\[(\d+)\]$/.exec(name);
  if (indexed !== null) {
    const list = [...(copy[indexed[1]!] as unknown[])];
    list[Number(indexed[2])] = value;
    copy[indexed[1]!] = list;
  } else copy[name] = value;
  return copy as unknown as Relation;
};

const slotValue = (r: Relation, name: string): Quantity | undefined =>
  checkRelation(r).operands.find((o) => o.name === name && !o.implied)?.quantity;

/** The same quantity with a wider interval: each end moved out by `by` (or dropped). */
const widen = (x: Quantity, lowBy: Decimal | null, highBy: Decimal | null): Quantity =>
  Object.freeze({
    ...x,
    low: x.low === null || lowBy === null ? null : x.low.minus(lowBy),
    high: x.high === null || highBy === null ? null : x.high.plus(highBy),
    lowOpen: x.low === null || lowBy === null ? false : lowBy.isZero() ? x.lowOpen : false,
    highOpen: x.high === null || highBy === null ? false : highBy.isZero() ? x.highOpen : false,
  });
const widening = fc.oneof(fc.constant<Decimal | null>(null), amountText.map((t) => new Decimal(t)), fc.constant<Decimal | null>(new Decimal(0)));

describe("checkRelation laws", () => {
  it("an implied value put back in makes the relation consistent", () => {
    fc.assert(
      fc.property(relation, fc.nat(), (full, pick) => {
        // A sum of shares with no total can only have its total implied.
        const names = full.kind === "sum" && !("total" in full) ? ["total"] : slotNames(full);
        const name = names[pick % names.length]!;
        const left = withSlot(full, name, null);
        const unit = slotValue(full, name)?.unit;
        const implied = checkRelation(full.kind === "conversion" && unit !== undefined ? { ...left, unit } : left).implied;
        expect(implied).toBeDefined();
        expect(checkRelation(withSlot(full, name, implied!)).verdict).toBe("consistent");
      }),
      { numRuns: 400 },
    );
  });

  it("widening any operand never turns consistent into conflict", () => {
    fc.assert(
      fc.property(relation, fc.nat(), widening, widening, (full, pick, lowBy, highBy) => {
        const before = checkRelation(full);
        const operands = before.operands.filter((o) => !o.implied);
        const chosen = operands[pick % operands.length]!;
        const after = checkRelation(withSlot(full, chosen.name, widen(chosen.quantity, lowBy, highBy)));
        if (before.verdict === "consistent") expect(after.verdict).toBe("consistent");
        // and the computed interval only grows
        if (after.target === before.target && before.computed.low !== null && after.computed.low !== null)
          expect(after.computed.low.lte(before.computed.low)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

describe("checkRelation: operands as text", () => {
  it.each<[string, Relation, "consistent" | "conflict", string | undefined]>([
    ["1,700 kilometers (1,056 miles)", { kind: "conversion", values: ["1,700 kilometers", "1,056 miles"] }, "consistent", undefined],
    ["more than 1,700 kilometers (1,056 miles)", { kind: "conversion", values: ["more than 1,700 kilometers", "1,056 miles"] }, "consistent", undefined],
    ["more than 1,700 kilometers (1,050 miles)", { kind: "conversion", values: ["more than 1,700 kilometers", "1,050 miles"] }, "conflict", undefined],
    ["a 16% increase reaching $1.8 billion from $1.55 billion", { kind: "percent-change", from: "$1.55 billion", rate: "16%", to: "$1.8 billion" }, "consistent", undefined],
    ["$9.2 billion is 3.5% of $263 billion", { kind: "share", part: "$9.2 billion", share: "3.5%", whole: "$263 billion" }, "consistent", undefined],
    ["$24 billion, $2 billion behind $26 billion", { kind: "difference", a: "$26 billion", b: "$24 billion", difference: "$2 billion" }, "consistent", undefined],
    ["double the $41 billion is not $40 billion", { kind: "multiple", base: "$41 billion", factor: "double", result: "$40 billion" }, "conflict", "37000000000"],
    ["31 + 31 + 17 + 3.5 per cent", { kind: "sum", parts: ["31 per cent", "31 per cent", "17 per cent", "3.5 per cent"] }, "consistent", undefined],
  ])("%s", (_name, relation, verdict, by) => {
    const check = checkRelation(relation);
    expect(check.verdict).toBe(verdict);
    if (by !== undefined) expect(check.by?.toFixed()).toBe(by);
  });

  it.each<[string, Relation, string]>([
    ["16% increase reaching $1.8 billion", { kind: "percent-change", to: "$1.8 billion", rate: "16%" }, "1.502–1.602 billion USD"],
    ["$9.2 billion … 3.5% of GDP", { kind: "share", part: "$9.2 billion", share: "3.5%" }, "257–269 billion USD"],
    ["$24 billion … only $2 billion behind Russia", { kind: "difference", b: "$24 billion", difference: "$2 billion" }, "25–27 billion USD"],
    ["double the $41 billion", { kind: "multiple", base: "$41 billion", factor: "double" }, "81–83 billion USD"],
    ["Ukrainian text", { kind: "multiple", base: "41 млрд доларів", factor: "вдвічі" }, "81–83 billion USD"],
  ])("%s implies %s", (_name, relation, text) => {
    expect(checkRelation(relation, { lang: _name === "Ukrainian text" ? "uk" : "en" }).implied?.text).toBe(text);
  });

  it("names the operand whose text is not a quantity", () => {
    expect(() => checkRelation({ kind: "share", part: "banana", share: "3.5%" })).toThrow(/part: no quantity found in "banana"/);
    expect(() => checkRelation({ kind: "percent-change", to: "$1.8 billion", rate: "16 km" })).toThrow(/rate: expected a percentage/);
  });
});

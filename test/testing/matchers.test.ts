import { describe, expect, it } from "vitest";
import { findDiscrepancies } from "../../src/compare/findDiscrepancies.js";
import { assertConsistent, assertNoConflicts, ClaimAssertionError, matchers } from "../../src/testing/index.js";

expect.extend(matchers);

const cn = { id: "cn", metric: "trade turnover", subject: ["China", "Kazakhstan"], value: "$41 billion", period: "2023", source: { name: "MFA of China", country: "CN" } };
const kz = { id: "kz", metric: "trade turnover", subject: ["China", "Kazakhstan"], value: "$31.5 billion", period: "2023", source: { name: "MTI of Kazakhstan", country: "KZ" } };
const over = { id: "at", metric: "trade turnover", subject: ["China", "Kazakhstan"], value: "exceeding $41 billion", period: "2023", source: "Astana Times" };
const target = { id: "target", metric: "trade turnover", subject: ["China", "Kazakhstan"], value: "$40 billion", modality: "target" as const, source: "Tokayev" };

describe("vitest matchers", () => {
  it("toBeConsistentWith / toConflictWith, with .not", () => {
    expect(cn).toBeConsistentWith(over);
    expect(cn).toConflictWith(kz);
    expect(cn).not.toConflictWith(over);
    expect(cn).not.toBeConsistentWith(target); // not comparable: a target
  });

  it("toHaveNoConflicts on claims and on a report", () => {
    expect([cn, over]).toHaveNoConflicts();
    expect([cn, kz]).not.toHaveNoConflicts();
    expect(findDiscrepancies([])).toHaveNoConflicts();
  });

  it("work as asymmetric matchers", () => {
    expect({ claim: cn }).toEqual({ claim: expect.toConflictWith(kz) });
  });

  it("fail with a message naming both claims and what was found", () => {
    let message = "";
    try {
      expect(cn).toBeConsistentWith(kz);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      'expected cn ("$41 billion", MFA of China, 2023) to be consistent with kz ("$31.5 billion", MTI of Kazakhstan, 2023), but they conflict (gap $9.5 billion, ratio 1.30); most likely mirror statistics',
    );
  });

  it("return actual and expected for the runner's diff", () => {
    const result = matchers.toHaveNoConflicts.call({ isNot: false }, [cn, kz]);
    expect(result.pass).toBe(false);
    expect(result.expected).toEqual([]);
    expect(result.actual).toHaveLength(1);
    expect(result.message()).toBe(
      'expected no conflicts, found 1:\n  kz ("$31.5 billion", MTI of Kazakhstan, 2023) vs cn ("$41 billion", MFA of China, 2023): they conflict (gap $9.5 billion, ratio 1.30); most likely mirror statistics',
    );
  });
});

describe("plain assertions for any runner", () => {
  it("assertNoConflicts passes quietly and throws an AssertionError with actual and expected", () => {
    expect(() => assertNoConflicts([cn, over])).not.toThrow();
    let caught: unknown;
    try {
      assertNoConflicts([cn, kz]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ClaimAssertionError);
    expect(caught).toMatchObject({
      name: "AssertionError",
      expected: [],
      actual: [{ claims: ["kz", "cn"], verdict: "conflict", gap: { absolute: "9500000000", unit: "USD" }, explanations: ["mirror-statistics"] }],
    });
  });

  it("assertConsistent names the verdict it found", () => {
    expect(() => assertConsistent(cn, over)).not.toThrow();
    expect(() => assertConsistent(cn, target)).toThrow(/to be consistent with target \("\$40 billion", Tokayev\), but they are not comparable \(different period, different modality\)/);
  });

  it("bad claim input throws the library's error, not an assertion", () => {
    expect(() => assertConsistent({ ...cn, value: "banana" }, kz)).toThrow(expect.objectContaining({ name: "DiscrepancyError" }));
  });
});

// Issues and notes are coded data: zod's own codes and parameters are kept, the library's own issues
// carry theirs, and a reconciliation's note is { code, params } put into words at the edge.
import { describe, expect, it } from "vitest";
import { parseClaims } from "../../src/claim/parseClaims.js";
import { DiscrepancyError } from "../../src/errors.js";
import { formatReconciliationNote } from "../../src/report/formatReconciliationNote.js";
import { reconcile } from "../../src/reconcile/createReconciler.js";
import { makeClaim, usd } from "../helpers/makeClaim.js";

const good = { metric: "trade turnover", value: "$41 billion", source: "MFA" };

describe("coded issues", () => {
  it.each([
    ["a number where text belongs", { ...good, metric: 5 }, "invalid_type", { expected: "string" }],
    ["a misspelt field", { ...good, soruce: "x" }, "unrecognized_keys", { keys: ["soruce"] }],
    ["an unknown unit", { ...good, unit: "XYZ" }, "unknown-unit", { unit: "XYZ" }],
  ])("%s keeps its code", (_, input, code, params) => {
    const { issues } = parseClaims([input]);
    expect(issues[0]).toMatchObject({ code, params });
    expect(typeof issues[0]!.message).toBe("string");
  });

  it("codes a duplicate id and a misspelt key of a claims file", () => {
    const { issues } = parseClaims({ claims: [{ ...good, id: "a" }, { ...good, id: "a", value: "$40 billion" }], relation: [] });
    expect(issues.map((i) => [i.code, i.params])).toEqual([
      ["unknown-key", { key: "relation", suggestion: "relations" }],
      ["duplicate-id", { id: "a", record: 1, first: 0 }],
    ]);
  });

  it("gives an issue built without a code the code custom", () => {
    const error = new DiscrepancyError("invalid-argument", "bad", [{ path: ["x"], message: "bad" }]);
    expect(error.issues[0]).toEqual({ path: ["x"], code: "custom", params: {}, message: "bad" });
  });
});

describe("coded notes", () => {
  const cn = makeClaim({ id: "cn", value: usd("41"), period: "2023", source: { name: "MFA", type: "government", country: "CN" } });
  const kz = makeClaim({ id: "kz", value: usd("31.5"), period: "2023", source: { name: "MTI", type: "government", country: "KZ" } });

  it("keeps the note as data and words it at the edge", () => {
    const r = reconcile([cn, kz]);
    expect(r.note?.code).toBe("attributed-range");
    expect(JSON.parse(JSON.stringify(r.note))).toEqual({
      code: "attributed-range",
      params: { low: "31500000000", high: "41000000000", unit: "USD", lowParties: ["KZ"], highParties: ["CN"] },
    });
    expect(formatReconciliationNote(r)).toBe("$31.5–41 billion: KZ vs CN reporting.");
  });

  it("says why a method could not apply from the fallback code, not from the note", () => {
    const r = reconcile([cn, kz], { method: "preferred-source", ranking: ["Nobody"] });
    expect(r.fallback).toEqual({ requested: "preferred-source", code: "no-ranked-source" });
    expect(formatReconciliationNote(r)).toBe("None of the sources is in the ranking. $31.5–41 billion: KZ vs CN reporting.");
    expect(r.note?.code).toBe("attributed-range");
  });
});

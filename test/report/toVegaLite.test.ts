import { describe, expect, it } from "vitest";
import { findDiscrepancies } from "../../src/compare/findDiscrepancies.js";
import { toVegaLite } from "../../src/report/toVegaLite.js";
import { corpus } from "./corpus.js";

type Row = { claim: string; status: string };
const rowsOf = (spec: Record<string, unknown>) => (spec.data as { values: Row[] }).values;

describe("toVegaLite", () => {
  it("from claims: compares them and colours each by how it fared", () => {
    const rows = rowsOf(toVegaLite(corpus));
    expect(Object.fromEntries(rows.map((r) => [r.claim, r.status]))).toEqual({
      "cn-2023": "conflict",
      "kz-2023": "conflict",
      "agreements-over-70": "consistent",
      "agreements-70": "consistent",
    });
  });

  it("from a report with its claims: the same chart", () => {
    const report = findDiscrepancies(corpus);
    expect(toVegaLite(report, { claims: corpus })).toEqual(toVegaLite(corpus));
  });

  it("from a report without claims: says what is missing", () => {
    expect(() => toVegaLite(findDiscrepancies(corpus))).toThrow(/pass them as options.claims/);
  });

  it("minClaims leaves out series with fewer claims", () => {
    const single = corpus.slice(0, 3); // one agreements claim
    expect(rowsOf(toVegaLite(single, { minClaims: 2 })).map((r) => r.claim)).toEqual(["kz-2023", "cn-2023"]);
  });
});

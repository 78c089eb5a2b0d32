import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseClaims } from "../../src/claim/parseClaims.js";
import { findDiscrepancies } from "../../src/compare/findDiscrepancies.js";
import { checkRelations } from "../../src/relations/checkRelations.js";
import { formatRelationCheck } from "../../src/report/formatRelationCheck.js";
import { formatOrdinalCheck } from "../../src/report/formatOrdinalCheck.js";

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../examples/kazakhstan-china/${name}`, import.meta.url), "utf8"));

describe("the seed corpus's relations (examples/kazakhstan-china/relations.json)", () => {
  const { claims, issues } = parseClaims(read("claims.json"));
  const found = checkRelations(read("relations.json"), claims, { timeline: read("timeline.json") as never });
  const byId = new Map(found.relations.map((r) => [r.id, r]));

  it("all hold, and five imply a value no one stated", () => {
    expect(issues).toEqual([]);
    expect(found.summary).toEqual({ relations: 6, ordinals: 3, conflicts: 0, implied: 5 });
  });

  it.each([
    ["cn-investment-2022-implied", "from", "1.502–1.602 billion USD"],
    ["kz-gdp-implied", "whole", "257–269 billion USD"],
    ["kz-ru-trade-2022-implied", "a", "25–27 billion USD"],
    ["trade-doubled-target-implied", "result", "81–83 billion USD"],
    ["petroleum-shares", "total", "80.95–84.05 %"],
  ])("%s implies %s = %s", (id, target, text) => {
    const check = byId.get(id)!;
    expect(check.target).toBe(target);
    expect(check.implied?.text).toBe(text);
  });

  it("checks the border in km and miles, and the petroleum shares against 100 %", () => {
    expect(byId.get("border-km-mi")?.explanation.code).toBe("relation-holds");
    expect(byId.get("petroleum-shares")?.explanation.code).toBe("shares-fit");
    expect(formatRelationCheck(byId.get("petroleum-shares")!)).toContain("15.95–19.05 % is left for the rest");
  });

  it("finds both visit ordinals hold: fifth as President (2024), third since 2020 (2025, en and uk)", () => {
    expect(found.ordinals.map((o) => [o.id, o.verdict, o.expected])).toEqual([
      ["xi-fifth-visit-as-president", "consistent", 5],
      ["xi-third-visit-since-2020-en", "consistent", 3],
      ["xi-third-visit-since-2020-uk", "consistent", 3],
    ]);
    expect(found.ordinals[1]!.counted.map((e) => e.date)).toEqual(["2022-09-14", "2024-07-02", "2025-06-16"]);
    expect(formatOrdinalCheck(found.ordinals[0]!)).toBe('"fifth" holds: it is event number 5 up to 2024-07-02 on the timeline.');
  });
});

describe("findDiscrepancies with the relations a claims file declares", () => {
  const { claims } = parseClaims(read("claims.json"));
  const timeline = read("timeline.json") as never;

  it("checks them, lists the implied values, and counts no relation conflict for the seed corpus", () => {
    const report = findDiscrepancies(claims, { relations: read("relations.json"), timeline });
    expect(report.summary.relationConflicts).toBe(0);
    expect(report.relations?.summary).toEqual({ relations: 6, ordinals: 3, conflicts: 0, implied: 5 });
    expect(report.relations?.implied.map((v) => [v.relation, v.target, v.quantity.text])).toEqual([
      ["cn-investment-2022-implied", "from", "1.502–1.602 billion USD"],
      ["kz-gdp-implied", "whole", "257–269 billion USD"],
      ["kz-ru-trade-2022-implied", "a", "25–27 billion USD"],
      ["trade-doubled-target-implied", "result", "81–83 billion USD"],
      ["petroleum-shares", "total", "80.95–84.05 %"],
    ]);
    // the comparisons are untouched
    expect(report.summary.conflicts).toBe(findDiscrepancies(claims).summary.conflicts);
  });

  it("reports a failing relation as a conflict with its own explanation", () => {
    const relations = {
      relations: [{ id: "not-double", kind: "multiple", base: "trade-2023-002-author", factor: "trade-multiple-target-002-author", result: "trade-target-40bn-tokayev" }],
    };
    const report = findDiscrepancies(
      (function* () {
        yield* claims;
      })(),
      { relations },
    );
    expect(report.summary.claims).toBe(claims.length);
    expect(report.summary.relationConflicts).toBe(1);
    const failed = report.relations!.relations[0]!;
    expect(failed.verdict).toBe("conflict");
    expect(failed.explanation).toEqual({ code: "relation-fails", formula: "result = base × factor" });
    expect(formatRelationCheck(failed)).toBe(
      'Multiple: from base "$41 billion", factor "double", result is 81–83 billion USD, but it is stated as "$40 billion", at least 37 billion USD away.',
    );
  });

  it("has no relations part without the option", () => {
    const report = findDiscrepancies(claims);
    expect(report.relations).toBeUndefined();
    expect(report.summary.relationConflicts).toBeUndefined();
  });

  it("names the place of a bad relation", () => {
    expect(() => findDiscrepancies(claims, { relations: { relations: [{ kind: "conversion", values: ["border-length-km", "nope"] }] } })).toThrow(
      /relations\[0\]\.values\[1\]: no claim with id "nope"/,
    );
  });
});

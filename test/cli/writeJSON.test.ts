import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderElement, renderElements, toJSONMembers, toReportJSONParts, writeObjectJSON, writeReportJSON } from "../../src/cli/writeJSON.js";
import { parseClaims } from "../../src/claim/parseClaims.js";
import { findDiscrepancies } from "../../src/compare/findDiscrepancies.js";
import { checkRelations } from "../../src/relations/checkRelations.js";
import { formatReport } from "../../src/report/formatReport.js";

const example = (name: string) => JSON.parse(readFileSync(new URL(`../../examples/kazakhstan-china/${name}`, import.meta.url), "utf8")) as unknown;
const { claims } = parseClaims(example("claims.json"));

const written = (parts: Parameters<typeof writeReportJSON>[0]): string => {
  let text = "";
  writeReportJSON(parts, (chunk) => (text += chunk));
  return text;
};

describe("writeReportJSON", () => {
  it("writes what formatReport's JSON format returns, byte for byte", () => {
    const report = findDiscrepancies(claims);
    expect(written(toReportJSONParts(report))).toBe(formatReport(report, { format: "json" }));
  });

  it("with relations last, and with empty arrays", () => {
    const relations = checkRelations(example("relations.json"), claims, { timeline: example("timeline.json") as never });
    const report = findDiscrepancies(claims);
    expect(written(toReportJSONParts(report, relations))).toBe(formatReport(report, { format: "json", relations }));
    const single = findDiscrepancies(claims.slice(0, 1));
    expect(single.comparisons).toHaveLength(0);
    expect(written(toReportJSONParts(single))).toBe(formatReport(single, { format: "json" }));
  });
});

describe("writeObjectJSON with toJSONMembers", () => {
  it("prints any JSON-like object as JSON.stringify(object, null, 2) does, element by element", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.array(fc.jsonValue(), { maxLength: 150 }))), (object) => {
        let text = "";
        writeObjectJSON(toJSONMembers(object), (chunk) => (text += chunk));
        expect(text).toBe(`${JSON.stringify(object, null, 2)}\n`);
      }),
      { numRuns: 300 },
    );
  });
});

describe("renderElements", () => {
  it("renders a list as its elements rendered one by one, joined as the printed array joins them", () => {
    const report = findDiscrepancies(claims);
    for (const list of [report.series, report.comparisons, report.conflicts, []])
      expect(renderElements(list)).toBe(list.map(renderElement).join(",\n"));
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), (list) => {
        expect(renderElements(list)).toBe(list.map(renderElement).join(",\n"));
      }),
    );
  });
});

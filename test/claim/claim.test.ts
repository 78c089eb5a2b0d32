import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claim } from "../../src/claim/claim.js";
import { ClaimInputSchema } from "../../src/claim/schema.js";
import { toClaimInputJSONSchema } from "../../src/claim/toClaimInputJSONSchema.js";
import { isDiscrepancyError } from "../../src/errors.js";

const deepFreeze = <T>(value: T): T => {
  if (typeof value === "object" && value !== null) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
};

const kz = {
  id: "trade-2023-kz",
  metric: "trade turnover",
  subject: ["China", "Kazakhstan"],
  value: "$31.5 billion",
  period: "2023",
  modality: "actual",
  source: { name: "Ministry of Trade and Integration of Kazakhstan", type: "government", country: "kz" },
  reportedBy: { name: "Example outlet", publishedAt: "2024-12", lang: "en" },
  quote: "reported a lower figure of $31.5 billion",
} as const;

describe("claim", () => {
  it("validates, parses and freezes a claim without touching its input", () => {
    const input = deepFreeze(structuredClone(kz));
    const c = claim(input);
    expect(Object.isFrozen(c)).toBe(true);
    expect(c.quantity.low?.toString()).toBe("31450000000");
    expect(c.quantity.high?.toString()).toBe("31550000000");
    expect(c.period).toMatchObject({ kind: "year", start: "2023-01-01", end: "2024-01-01" });
    expect(c.source).toEqual({ name: "Ministry of Trade and Integration of Kazakhstan", type: "government", country: "KZ" });
    expect(input).toEqual(kz);
  });

  it("fills defaults: modality actual, empty qualifiers, a bare source name, a stable id", () => {
    const minimal = { metric: "population", value: "2.7 million", source: "Census office" };
    const a = claim(minimal);
    expect(a.modality).toBe("actual");
    expect(a.qualifiers).toEqual({});
    expect(a.source).toEqual({ name: "Census office" });
    expect(a.id).toMatch(/^claim-[0-9a-f]{32}$/);
    expect(claim({ ...minimal }).id).toBe(a.id);
  });

  it("resolves relative periods against the publication date", () => {
    const c = claim({ ...kz, period: "last year", reportedBy: { publishedAt: "2024-07" } });
    expect(c.period?.start).toBe("2023-01-01");
  });

  it("reads the value in the language the claim was reported in", () => {
    const c = claim({ ...kz, value: "понад 15 млрд доларів", reportedBy: { lang: "uk" } });
    expect(c.quantity.bound).toBe("moreThan");
    expect(c.quantity.low?.toString()).toBe("15000000000");
  });

  it("takes the unit from the claim when the text leaves it out", () => {
    const c = claim({ metric: "freight volume", value: "2–3 million", unit: "t", source: "x" });
    expect(c.quantity.unit).toBe("t");
  });

  it.each([
    [{ ...kz, metric: "" }, "metric", "must not be empty"],
    [{ ...kz, metric: undefined }, "metric", "is required"],
    [{ ...kz, value: "banana" }, "value", "banana"],
    [{ ...kz, value: 41.5 }, "value", "41.5"],
    [{ ...kz, value: Number.NaN }, "value", "NaN"],
    [{ ...kz, period: "2023-13" }, "period", "2023-13"],
    [{ ...kz, period: "2023-02-30" }, "period", "2023-02-30"],
    [{ ...kz, modality: "hope" }, "modality", "hope"],
    [{ ...kz, source: { name: "x", type: "oracle" } }, "source.type", "oracle"],
    [{ ...kz, source: { name: "x", country: "Kazakhstan" } }, "source.country", "Kazakhstan"],
    [{ ...kz, reportedBy: { publishedAt: "yesterday" } }, "reportedBy.publishedAt", "yesterday"],
    // A date of the right shape that does not exist is refused even when no relative period needs it.
    [{ ...kz, reportedBy: { publishedAt: "2024-02-30" } }, "reportedBy.publishedAt", "2024-02-30"],
    [{ ...kz, reportedBy: { publishedAt: "2023-02-29" } }, "reportedBy.publishedAt", "2023-02-29"],
    [{ ...kz, reportedBy: { publishedAt: "2025-13-45" } }, "reportedBy.publishedAt", "2025-13-45"],
    [{ ...kz, reportedBy: { publishedAt: "2025-00" } }, "reportedBy.publishedAt", "2025-00"],
    [{ ...kz, reportedBy: { publishedAt: "0000" } }, "reportedBy.publishedAt", "0000"],
    [{ ...kz, period: "2023", reportedBy: { publishedAt: "2024-04-31" } }, "reportedBy.publishedAt", "2024-04-31"],
    [{ ...kz, colour: "red" }, "(input)", "colour"],
    [{ ...kz, qualifiers: JSON.parse('{"__proto__": "x"}') }, "qualifiers", "reserved"],
    [{ ...kz, meta: JSON.parse('{"a": {"constructor": {"prototype": {"polluted": true}}}}') }, "meta.a.constructor", "reserved"],
    [{ ...kz, meta: JSON.parse('{"a": [{"prototype": 1}]}') }, "meta.a[0].prototype", "reserved"],
    [{ ...kz, meta: JSON.parse('{"a": {"b": {"__proto__": {}}}}') }, "meta.a.b.__proto__", "reserved"],
    [{ ...kz, unit: "parsec" }, "unit", "parsec"],
    [{ ...kz, unit: "km" }, "unit", "km"],
    [null, "(input)", "null"],
    ["a string", "(input)", "a string"],
  ])("refuses %j naming %s", (input, field, text) => {
    try {
      claim(input as never);
      expect.unreachable();
    } catch (error) {
      expect(isDiscrepancyError(error)).toBe(true);
      if (!isDiscrepancyError(error)) return;
      expect(error.code).toBe("invalid-claim");
      expect(error.message).toContain(field);
      expect(error.message).toContain(text);
    }
  });

  it("exports a JSON Schema of the input", () => {
    const schema = toClaimInputJSONSchema();
    expect(schema.required).toEqual(["metric", "value", "source"]);
    expect(Object.keys(schema.properties as object)).toContain("reportedBy");
    expect(ClaimInputSchema.safeParse(kz).success).toBe(true);
  });
});

describe("reserved keys at every depth", () => {
  // SECURITY.md promises __proto__, constructor and prototype keys are refused wherever they are: a
  // naive deep merge of the claim's meta would otherwise reach Object.prototype.
  const kzInput = { metric: "trade turnover", value: "$31.5 billion", source: "MTI of Kazakhstan" };
  it("a reserved key under meta at any depth is an issue naming its path", () => {
    fc.assert(
      fc.property(fc.constantFrom("__proto__", "constructor", "prototype"), fc.array(fc.constantFrom("a", "b", "meta", "x"), { maxLength: 6 }), (reserved, path) => {
        let nested = `{${JSON.stringify(reserved)}: {"polluted": true}}`;
        for (const key of [...path].reverse()) nested = `{${JSON.stringify(key)}: ${nested}}`;
        try {
          claim({ ...kzInput, meta: JSON.parse(nested) as never });
          expect.unreachable();
        } catch (error) {
          if (!isDiscrepancyError(error)) throw error;
          expect(error.issues.map((i) => i.path.join("."))).toContain(["meta", ...path, reserved].join("."));
        }
      }),
    );
  });
});

describe("claim: split-year periods", () => {
  const input = { metric: "wheat exports", subject: "Ukraine", value: "40 million tonnes", period: "2023/24 marketing year", source: "Ministry" };
  it("reads a split year as its own kind, or as twelve months with fiscalYearStart", () => {
    expect({ ...claim(input).period }).toMatchObject({ kind: "split-year", start: "2023-01-01", end: "2025-01-01" });
    expect({ ...claim(input, { fiscalYearStart: 7 }).period }).toMatchObject({ kind: "interval", start: "2023-07-01", end: "2024-07-01" });
    // The shared period cache keeps the two apart.
    expect(claim(input).period?.kind).toBe("split-year");
  });
  it("refuses a fiscalYearStart that is not a month from 2 to 12", () => {
    expect(() => claim(input, { fiscalYearStart: 1 })).toThrow(/fiscalYearStart must be a month number from 2 to 12/);
  });
});

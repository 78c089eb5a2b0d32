import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/claim/types.js";
import { isDiscrepancyError, type DiscrepancyError } from "../../src/errors.js";
import { formatIssuePath } from "../../src/messages/misuse/quote.js";
import { quantity } from "../../src/quantity/quantity.js";
import type { QuantityObjectInput } from "../../src/quantity/schema.js";
import { checkRelations } from "../../src/relations/checkRelations.js";
import { RelationsInputSchema } from "../../src/relations/schema.js";

// Hand-built claims: checkRelations reads id, quantity and period, and checks that each has a claim's shape.
const claimOf = (id: string, value: QuantityObjectInput, period?: { kind: "month" | "year" | "quarter"; start: string }) =>
  ({
    id,
    metric: id,
    subject: [],
    source: { name: "test" },
    seriesKey: id,
    quantity: quantity(value),
    ...(period ? { period: { ...period, end: period.start, text: period.start } } : {}),
  }) as unknown as Claim;
const claims: Claim[] = [
  claimOf("border-km", { amount: "1700", unit: "km", bound: "moreThan" }),
  claimOf("border-mi", { amount: "1056", unit: "mi" }),
  claimOf("trade-2023", { amount: "41", scale: "billion", unit: "USD" }),
  claimOf("share-a", { amount: "61", unit: "%" }),
  claimOf("share-b", { amount: "41", unit: "%" }),
  claimOf("fifth", { amount: 5, unit: "ordinal", bound: "exact" }, { kind: "month", start: "2024-07-01" }),
  claimOf("third", { amount: 3, unit: "ordinal", bound: "exact" }, { kind: "month", start: "2025-06-01" }),
  claimOf("three-visits", { amount: 3, bound: "exact" }, { kind: "year", start: "2025-01-01" }),
  claimOf("visits-q", { amount: 3, unit: "ordinal", bound: "exact" }, { kind: "quarter", start: "2025-04-01" }),
];
const timeline = { events: ["2013-09-07", "2015-05-07", "2017-06-08", "2022-09-14", "2024-07-02", "2025-06-16"].map((date) => ({ date })) };

describe("checkRelations", () => {
  const file = {
    claims: [],
    relations: [
      { id: "border", kind: "conversion", values: ["border-km", "border-mi"] },
      { id: "double", kind: "multiple", base: "trade-2023", factor: { value: 2 } },
      { id: "target", kind: "multiple", base: "trade-2023", factor: { value: 2 }, result: { value: { amount: "40", scale: "billion", unit: "USD" } } },
      { id: "shares", kind: "sum", parts: ["share-a", "share-b"] },
    ],
    ordinals: [
      { id: "fifth", claim: "fifth" },
      { id: "third", claim: "third", since: "2020-01-01" },
      { id: "count", claim: "three-visits", event: "2025-06-16", since: "2020" },
      { id: "literal", ordinal: 4, event: "2024-07-02", note: "would conflict" },
    ],
    timeline,
  };

  it("resolves claim ids, checks every relation and ordinal, and sums up", () => {
    const found = checkRelations(file, claims);
    expect(found.relations.map((r) => [r.id, r.verdict])).toEqual([
      ["border", "consistent"],
      ["double", "consistent"],
      ["target", "conflict"],
      ["shares", "conflict"],
    ]);
    expect(found.relations[1]!.implied?.text).toBe("81–83 billion USD");
    expect(found.relations[0]!.operands.map((o) => o.claimId)).toEqual(["border-km", "border-mi"]);
    expect(found.ordinals.map((o) => [o.id, o.kind, o.verdict, o.expected])).toEqual([
      ["fifth", "ordinal", "consistent", 5],
      ["third", "ordinal", "consistent", 3],
      ["count", "count", "consistent", 3],
      ["literal", "ordinal", "conflict", 5],
    ]);
    expect(found.ordinals[3]!.note).toBe("would conflict");
    expect(found.summary).toEqual({ relations: 4, ordinals: 4, conflicts: 3, implied: 2 });
    expect(Object.isFrozen(found.relations)).toBe(true);
  });

  it("accepts claims as a map or a record, and a bare list of relations", () => {
    const map = new Map(claims.map((c) => [c.id, c]));
    const record = Object.fromEntries(claims.map((c) => [c.id, c]));
    expect(checkRelations(file, map).summary).toEqual(checkRelations(file, record).summary);
    expect(checkRelations(file.relations, claims).summary).toEqual({ relations: 4, ordinals: 0, conflicts: 2, implied: 2 });
  });

  it("takes the timeline from the options when the input names a file", () => {
    const named = { ...file, timeline: "timeline.json" };
    expect(checkRelations(named, claims, { timeline }).summary.ordinals).toBe(4);
  });

  it.each<[string, unknown, string, string]>([
    ["an unknown claim id", { relations: [{ kind: "conversion", values: ["border-km", "nope"] }] }, "relations[0].values[1]", '"nope"'],
    ["an unknown kind", { relations: [{ kind: "ratio" }] }, "relations[0].kind", "ratio"],
    ["an unknown field", { relations: [{ kind: "share", part: "trade-2023", hole: "x" }] }, "relations[0]", "hole"],
    ["a bad literal", { relations: [{ kind: "multiple", base: "trade-2023", factor: { value: 1.5 } }] }, "relations[0].factor.value", "fraction"],
    ["two operands missing", { relations: [{ kind: "share", part: "trade-2023" }] }, "relations[0].whole", "missing"],
    ["a rate that is not a percentage", { relations: [{ kind: "percent-change", from: "trade-2023", rate: "border-km" }] }, "relations[0].rate", "percentage"],
    ["ordinals without a timeline", { ordinals: [{ claim: "fifth" }] }, "timeline", "timeline"],
    ["a timeline file not read", { ordinals: [{ claim: "fifth" }], timeline: "timeline.json" }, "timeline", "timeline.json"],
    ["an unknown ordinal claim", { ordinals: [{ claim: "sixth" }], timeline }, "ordinals[0].claim", '"sixth"'],
    ["a claim and a literal", { ordinals: [{ claim: "fifth", ordinal: 5 }], timeline }, "ordinals[0].claim", "not both"],
    ["no event and a quarter", { ordinals: [{ claim: "visits-q" }], timeline }, "ordinals[0].event", "event"],
    ["an impossible since", { ordinals: [{ claim: "third", since: "2020-02-31" }], timeline }, "ordinals[0].since", "2020-02-31"],
  ])("%s is refused", (_name, input, field, text) => {
    try {
      checkRelations(input, claims);
      expect.unreachable();
    } catch (error) {
      expect(isDiscrepancyError(error)).toBe(true);
      const e = error as DiscrepancyError;
      expect(e.message).toContain(text);
      expect(e.issues.map((i) => formatIssuePath(i.path))).toContain(field);
    }
  });

  it("validates the JSON form with an exported schema", () => {
    expect(RelationsInputSchema.safeParse(file).success).toBe(true);
    expect(RelationsInputSchema.safeParse({ relations: [{ kind: "sum", parts: [] }] }).success).toBe(false);
  });
});

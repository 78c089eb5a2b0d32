import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toFamilyKeyOfInput, toPartition } from "../../src/cli/partition.js";
import { claim } from "../../src/claim/claim.js";
import { familyKey } from "../../src/claim/keys.js";

const arbName = fc.constantFrom("China", " china ", "CHINA", "Kazakhstan", "kazakhstan  ", "Ｋａｚａｋｈｓｔａｎ", "Russia");
const arbInput = fc.record(
  {
    metric: fc.constantFrom("trade turnover", " Trade  Turnover ", "exports", "ＥＸＰＯＲＴＳ"),
    subject: fc.oneof(arbName, fc.array(arbName, { maxLength: 3 })),
    direction: fc.boolean(),
    qualifiers: fc.constantFrom({}, { scope: "goods" }, { " Scope ": "Goods" }),
  },
  { requiredKeys: ["metric"] },
);

describe("toFamilyKeyOfInput", () => {
  it("is the family key of the claim built from a valid input: a family never straddles two workers", () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const built = claim({ ...input, value: "$41 billion", source: "MFA" });
        expect(toFamilyKeyOfInput(input)).toBe(familyKey(built));
      }),
      { numRuns: 500 },
    );
  });

  it.each([null, 42, "text", { metric: 1 }, { metric: "m", subject: [1] }, { metric: "m", direction: "yes" }])(
    "is undefined for malformed fields (%j): such a record is refused by whichever worker gets it",
    (input) => {
      expect(toFamilyKeyOfInput(input)).toBeUndefined();
    },
  );
});

describe("toPartition", () => {
  it("spreads keys over every partition, always the same way", () => {
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) {
      const p = toPartition(`key ${i}`, 4);
      expect(p).toBe(toPartition(`key ${i}`, 4));
      expect(p >= 0 && p < 4).toBe(true);
      seen.add(p);
    }
    expect(seen.size).toBe(4);
    expect(toPartition(undefined, 4)).toBe(0);
  });
});

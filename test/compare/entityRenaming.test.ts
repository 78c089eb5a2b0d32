import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { entityIndex } from "../../src/entity/entityIndex.js";
import { inflectName } from "../../src/entity/inflectName.js";
import { GAZETTEER_LINES } from "../../src/entity/gazetteer.js";
import { claim, findDiscrepancies, type Claim, type ClaimInput } from "../../src/index.js";

// Metamorphic: a subject written in another language or case form is the same party, so renaming the
// subjects of a corpus across languages never changes a verdict of findDiscrepancies.

const ids = ["CN", "KZ", "RU", "UA", "EU", "US"] as const;

/** Every name of an entity: listed names and their case forms, in the four languages. */
const namesOf = (id: string): string[] => {
  const line = GAZETTEER_LINES.find((l) => l.startsWith(`${id}|`)) ?? "";
  const [, en = "", uk = "", ru = "", zh = ""] = line.split("|");
  const list = (f: string): string[] => f.split(";").filter((s) => s !== "");
  const clean = (n: string): string => n.replaceAll("~", "").replaceAll("=", "");
  return [...list(en), ...list(uk).flatMap((n) => inflectName(n, "uk")).map(clean), ...list(ru).flatMap((n) => inflectName(n, "ru")).map(clean), ...list(zh)];
};
const NAMES = new Map(ids.map((id) => [id, namesOf(id)]));

const record = fc.record({
  pair: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 2 }),
  metric: fc.constantFrom("trade turnover", "товарообіг", "exports", "экспорт"),
  amount: fc.integer({ min: 1, max: 60 }),
  year: fc.constantFrom("2022", "2023"),
  source: fc.constantFrom("A", "B", "C"),
});

const verdicts = (claims: readonly Claim[]): string[] =>
  findDiscrepancies(claims).comparisons.map((c) => `${[...c.claims].sort().join(",")}:${c.verdict}:${[...c.reasons].sort().join(",")}`).sort();

describe("renaming subjects across languages", () => {
  it("never changes findDiscrepancies' verdicts", () => {
    entityIndex();
    fc.assert(
      fc.property(fc.array(record, { minLength: 2, maxLength: 8 }), fc.array(fc.nat(), { minLength: 16, maxLength: 16 }), (rows, picks) => {
        const build = (rename: boolean): Claim[] =>
          rows.map((r, i) => {
            const subject = r.pair.map((id, k) => {
              const names = NAMES.get(id) ?? [id];
              return rename ? (names[(picks[(i * 2 + k) % picks.length] ?? 0) % names.length] as string) : (names[0] as string);
            });
            const input: ClaimInput = { id: `c${i}`, metric: r.metric, subject, value: `$${r.amount} billion`, period: r.year, source: r.source };
            return claim(input);
          });
        expect(verdicts(build(true))).toEqual(verdicts(build(false)));
      }),
      { numRuns: 200 },
    );
  });
});

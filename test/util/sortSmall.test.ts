import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortSmall } from "../../src/util/sortSmall.js";

describe("sortSmall", () => {
  it("orders as Array.prototype.sort does, stably, with a comparator or as strings", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), tag: fc.nat() }), { maxLength: 40 }), (list) => {
        const byKey = (x: { key: number }, y: { key: number }) => x.key - y.key;
        expect(sortSmall([...list], byKey)).toEqual([...list].sort(byKey));
        const texts = list.map((x) => `${x.key}${x.tag % 3 === 0 ? "é" : ""}`);
        expect(sortSmall([...texts])).toEqual([...texts].sort());
      }),
      { numRuns: 500 },
    );
  });
});

// fast-check generators for claims: small vocabularies so that many pairs are comparable.
import fc from "fast-check";
import type { Claim } from "../../src/claim/types.js";
import type { QuantityObjectInput } from "../../src/quantity/schema.js";
import { makeClaim } from "./makeClaim.js";

const BOUNDS = ["rounded", "exact", "approx", "atLeast", "moreThan", "atMost", "lessThan", "range"] as const;

export const arbQuantity = (units: readonly string[] = ["USD", "km", "mi", "count", "CNY"]): fc.Arbitrary<QuantityObjectInput> =>
  fc
    .record({
      whole: fc.integer({ min: 1, max: 999 }),
      fraction: fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }),
      width: fc.integer({ min: 1, max: 50 }),
      scale: fc.constantFrom("one", "thousand", "million", "billion") as fc.Arbitrary<"one" | "thousand" | "million" | "billion">,
      unit: fc.constantFrom(...units),
      bound: fc.constantFrom(...BOUNDS),
    })
    .map(({ whole, fraction, width, scale, unit, bound }) => {
      const amount = fraction === undefined ? String(whole) : `${whole}.${String(fraction).padStart(2, "0")}`;
      if (bound === "range") return { amount: String(whole), low: String(whole), high: String(whole + width), scale, unit };
      return { amount, scale, unit, bound };
    });

export interface ClaimShape {
  units?: readonly string[];
  metrics?: readonly string[];
  periods?: readonly (string | undefined)[];
  modalities?: readonly ("actual" | "target")[];
  sources?: readonly { name: string; country?: string }[];
}

const SOURCES = [
  { name: "Ministry of Foreign Affairs of China", country: "CN" },
  { name: "Ministry of Trade and Integration of Kazakhstan", country: "KZ" },
  { name: "Reuters" },
  { name: "Xinhua", country: "CN" },
];

let serial = 0;

export const arbClaim = (shape: ClaimShape = {}): fc.Arbitrary<Claim> =>
  fc
    .record({
      value: arbQuantity(shape.units),
      metric: fc.constantFrom(...(shape.metrics ?? ["trade turnover", "exports"])),
      period: fc.constantFrom(...(shape.periods ?? ["2022", "2023", undefined])),
      modality: fc.constantFrom(...(shape.modalities ?? ["actual", "target"])),
      source: fc.constantFrom(...(shape.sources ?? SOURCES)),
      published: fc.constantFrom(undefined, "2024-01", "2024-06-15"),
    })
    .map(({ value, metric, period, modality, source, published }) =>
      makeClaim({
        id: `p${++serial}`,
        value,
        metric,
        ...(period !== undefined ? { period } : {}),
        modality,
        source,
        ...(published !== undefined ? { reportedBy: { name: "outlet", publishedAt: published } } : {}),
      }),
    );

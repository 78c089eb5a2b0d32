import type * as FastCheck from "fast-check";
import { claim } from "../claim/claim.js";
import { DiscrepancyError } from "../errors.js";
import { testingMessages } from "../messages/misuse/testing.js";
import type { ClaimInput } from "../claim/schema.js";
import type { Claim } from "../claim/types.js";
import { quantity } from "../quantity/quantity.js";
import type { QuantityObjectInput } from "../quantity/schema.js";
import type { Quantity } from "../quantity/types.js";

/**
 * The fast-check module (`import fc from "fast-check"` or `import * as fc`), passed in so fast-check stays
 * an optional peer. Only these functions are used.
 */
export type FastCheckModule = Pick<typeof FastCheck, "array" | "constantFrom" | "integer" | "oneof" | "record" | "subarray" | "tuple">;

/** Choices for {@link createArbitraries}. Every list has a small default drawn from the seed corpus. */
export interface ArbitraryOptions {
  readonly metrics?: readonly string[];
  readonly subjects?: readonly string[];
  readonly sources?: readonly { readonly name: string; readonly country?: string }[];
  readonly units?: readonly string[];
  /** First and last year of periods. Default 2019–2025. */
  readonly years?: readonly [number, number];
}

/** Arbitraries for property tests over claims and quantities. */
export interface DiscrepancyArbitraries {
  /** An exact decimal amount as a string: `"41"`, `"31.5"`, `"0.07"`. */
  readonly amount: FastCheck.Arbitrary<string>;
  /** Structured quantity input: `{ amount, scale, unit, bound }` (ranges with `low` and `high`). */
  readonly quantityInput: FastCheck.Arbitrary<QuantityObjectInput>;
  /** A built {@link Quantity}. */
  readonly quantity: FastCheck.Arbitrary<Quantity>;
  /** Claim input as JSON, valid by construction. */
  readonly claimInput: FastCheck.Arbitrary<ClaimInput>;
  /** A validated {@link Claim}. */
  readonly claim: FastCheck.Arbitrary<Claim>;
  /** Validated claims with unique ids (`c0`, `c1`, …). */
  readonly claims: (constraints?: { readonly minLength?: number; readonly maxLength?: number }) => FastCheck.Arbitrary<Claim[]>;
}

const SUBJECTS = ["China", "Kazakhstan", "Russia", "Ukraine"];
const METRICS = ["trade turnover", "agreements signed", "investment"];
const SOURCES = [
  { name: "Ministry of Foreign Affairs of China", country: "CN" },
  { name: "Ministry of Trade and Integration of Kazakhstan", country: "KZ" },
  { name: "Astana Times" },
  { name: "Xinhua", country: "CN" },
];
const UNITS = ["USD", "count", "t", "km", "%"];
const SCALES = ["one", "thousand", "million", "billion"] as const;
const ONE_SIDED = ["exact", "rounded", "approx", "atLeast", "moreThan", "atMost", "lessThan"] as const;

const checkArbitraryOptions = (fc: unknown, options: unknown): void => {
  const f = fc as Partial<FastCheckModule> | null;
  if ((typeof f !== "object" && typeof f !== "function") || f === null || typeof f.integer !== "function" || typeof f.record !== "function")
    throw new DiscrepancyError("invalid-argument", testingMessages.notFastCheck(fc));
  if (typeof options !== "object" || options === null) throw new DiscrepancyError("invalid-argument", testingMessages.badArbitraryOption("options", options, "an object"));
  const o = options as Record<string, unknown>;
  for (const name of ["metrics", "subjects", "sources", "units"]) {
    const list = o[name];
    if (list !== undefined && (!Array.isArray(list) || list.length === 0))
      throw new DiscrepancyError("invalid-argument", testingMessages.badArbitraryOption(name, list, "a non-empty list"));
  }
  const years = o.years;
  if (
    years !== undefined &&
    (!Array.isArray(years) || years.length !== 2 || !years.every((y) => Number.isSafeInteger(y) && y >= 1 && y <= 9999) || years[0] > years[1])
  )
    throw new DiscrepancyError("invalid-argument", testingMessages.badArbitraryOption("years", years, "[first, last] years between 1 and 9999"));
};

/**
 * fast-check arbitraries for claims and quantities. Pass the fast-check module: the library never imports
 * it, so it is needed only by the tests that use these.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { createArbitraries } from "discrepancy/testing";
 * const arb = createArbitraries(fc);
 * fc.assert(fc.property(arb.claim, (c) => c.quantity.low === null || c.quantity.low.lte(c.quantity.value)));
 * // passes: a claim's value lies in its interval
 * ```
 */
export const createArbitraries = (fc: FastCheckModule, options: ArbitraryOptions = {}): DiscrepancyArbitraries => {
  checkArbitraryOptions(fc, options);
  const [firstYear, lastYear] = options.years ?? [2019, 2025];
  const amount = fc
    .tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 99 }))
    .map(([whole, places, fraction]) => (places === 0 ? String(whole) : `${whole}.${String(fraction).padStart(2, "0").slice(0, places)}`));
  const unit = fc.constantFrom(...(options.units ?? UNITS));
  const scale = fc.constantFrom(...SCALES);

  const oneSided = fc.record({ amount, scale, unit, bound: fc.constantFrom(...ONE_SIDED) });
  const range = fc
    .record({ a: amount, b: amount, scale, unit })
    .filter(({ a, b }) => a !== b)
    .map(({ a, b, scale: s, unit: u }): QuantityObjectInput => {
      const [low, high] = Number(a) < Number(b) ? [a, b] : [b, a];
      return { amount: low, low, high, scale: s, unit: u, bound: "range" };
    });
  const quantityInput: FastCheck.Arbitrary<QuantityObjectInput> = fc.oneof({ weight: 4, arbitrary: oneSided }, { weight: 1, arbitrary: range });

  const source = fc.constantFrom(...(options.sources ?? SOURCES));
  const claimInput: FastCheck.Arbitrary<ClaimInput> = fc
    .record({
      metric: fc.constantFrom(...(options.metrics ?? METRICS)),
      subject: fc.subarray([...(options.subjects ?? SUBJECTS)], { minLength: 1, maxLength: 2 }),
      value: quantityInput,
      year: fc.integer({ min: firstYear, max: lastYear }),
      modality: fc.constantFrom("actual", "actual", "actual", "estimate", "target"),
      source,
    })
    .map(({ year, source: s, ...rest }): ClaimInput => ({
      ...rest,
      period: String(year),
      source: s.country === undefined ? { name: s.name } : { name: s.name, country: s.country },
      reportedBy: { publishedAt: String(year + 1) },
    }));

  return {
    amount,
    quantityInput,
    quantity: quantityInput.map((input) => quantity(input)),
    claimInput,
    claim: claimInput.map((input) => claim(input)),
    claims: (constraints = {}) =>
      fc
        .array(claimInput, { minLength: constraints.minLength ?? 0, maxLength: constraints.maxLength ?? 12 })
        .map((inputs) => inputs.map((input, index) => claim({ ...input, id: `c${index}` }))),
  };
};

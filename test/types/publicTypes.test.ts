import { describe, expectTypeOf, it } from "vitest";
import {
  claim,
  compare,
  findDiscrepancies,
  parseQuantity,
  reconcile,
  type Bound,
  type Claim,
  type ClaimInput,
  type Comparison,
  type Quantity,
  type QuantityInput,
  type Report,
  type SourceType,
  type Verdict,
} from "../../src/index.js";
import { assertNoConflicts, createArbitraries, type DiscrepancyArbitraries } from "../../src/testing/index.js";

// Type tests of the public API: what must compile, and (with @ts-expect-error) what must not. They are
// checked by `npm run typecheck` (tsc over test/), which CI runs; the runtime assertions are trivial.
// The published declarations are also compiled without the optional peers by examples/downstream.

describe("public types", () => {
  it("ClaimInput takes a source by name or as an object with a known type, and nothing else", () => {
    expectTypeOf<{ metric: "m"; value: "5"; source: "MFA" }>().toExtend<ClaimInput>();
    expectTypeOf<{ metric: "m"; value: "5"; source: { name: "MFA"; type: "government"; country: "CN"; via: ["Xinhua"] } }>().toExtend<ClaimInput>();
    expectTypeOf<ClaimInput["source"]>().not.toBeUnknown();
    expectTypeOf<ClaimInput["source"]>().toExtend<string | { readonly name: string; readonly type?: SourceType | undefined }>();
    // @ts-expect-error a number is not a source
    const a: ClaimInput = { metric: "m", value: "5", source: 42 };
    // @ts-expect-error a misspelt field is not a source object
    const b: ClaimInput = { metric: "m", value: "5", source: { nam: "MFA" } };
    // @ts-expect-error "ministry" is not a source type
    const c: ClaimInput = { metric: "m", value: "5", source: { name: "MFA", type: "ministry" } };
    // @ts-expect-error metric is required
    const d: ClaimInput = { value: "5", source: "MFA" };
    expectTypeOf([a, b, c, d]).toBeArray();
  });

  it("a value is text, a number or parts with a known bound; the input may be read-only", () => {
    expectTypeOf<"$41 billion">().toExtend<QuantityInput>();
    expectTypeOf<{ amount: "41"; scale: "billion"; unit: "USD"; bound: "rounded" }>().toExtend<QuantityInput>();
    // @ts-expect-error "about" is not a bound
    const q: QuantityInput = { amount: "41", bound: "about" };
    const frozen = { metric: "m", value: { amount: "5", unit: "km" }, source: { name: "s", via: ["t"] } } as const;
    expectTypeOf(claim(frozen)).toEqualTypeOf<Claim>();
    expectTypeOf(q).not.toBeAny();
  });

  it("results are typed: quantities, comparisons, reports, reconciliations", () => {
    expectTypeOf(parseQuantity).returns.toEqualTypeOf<Quantity>();
    expectTypeOf<Quantity["bound"]>().toEqualTypeOf<Bound>();
    expectTypeOf(compare).returns.toEqualTypeOf<Comparison>();
    expectTypeOf<Comparison["verdict"]>().toEqualTypeOf<Verdict>();
    expectTypeOf<Verdict>().toEqualTypeOf<"consistent" | "conflict" | "not-comparable">();
    expectTypeOf(findDiscrepancies).returns.toEqualTypeOf<Report>();
    expectTypeOf(reconcile).parameter(0).toEqualTypeOf<Iterable<Claim>>();
    // Not called: only its type is the point (at run time it throws a DiscrepancyError).
    // @ts-expect-error findDiscrepancies takes claims, not claim input
    const wrong = () => findDiscrepancies([{ metric: "m", value: "5", source: "s" }]);
    expectTypeOf(wrong).toBeFunction();
  });

  it("the testing subpath: assertions take claims or a report; arbitraries are fast-check's", () => {
    expectTypeOf(assertNoConflicts).parameter(0).toExtend<readonly unknown[] | Report>();
    expectTypeOf(createArbitraries).returns.toEqualTypeOf<DiscrepancyArbitraries>();
    expectTypeOf<DiscrepancyArbitraries["claim"]>().toExtend<import("fast-check").Arbitrary<Claim>>();
  });
});

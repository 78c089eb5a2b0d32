// No float ever decides a verdict: sums, edges of intervals, huge and tiny magnitudes are exact;
// conversions and implied values are exact or rounded outward; results do not depend on input order.
// (Time-zone independence: sourceAudit.test.ts checks the core never uses Date; .ci/run runs the tests
// whose answers involve dates, `npm run test:dates`, under several TZ values.)
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkRelation,
  claim,
  compare,
  convertQuantity,
  findDiscrepancies,
  parseQuantity,
  quantity,
  reconcile,
  type Claim,
  type QuantityObjectInput,
} from "../../src/index.js";
import { arbClaim } from "../helpers/arbitraries.js";

// An independent oracle: decimals as scaled BigInts, so the checks share no code with decimal.js.
interface Exact {
  readonly n: bigint;
  readonly scale: number;
}
const exact = (text: string): Exact => {
  const negative = text.startsWith("-");
  const [whole = "0", fraction = ""] = text.replace(/^[+-]/, "").split(".");
  const n = BigInt(whole + fraction);
  return { n: negative ? -n : n, scale: fraction.length };
};
const align = (a: Exact, b: Exact): [bigint, bigint] => {
  const scale = Math.max(a.scale, b.scale);
  return [a.n * 10n ** BigInt(scale - a.scale), b.n * 10n ** BigInt(scale - b.scale)];
};
const cmp = (a: Exact, b: Exact): number => {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
};
const add = (a: Exact, b: Exact): Exact => {
  const [x, y] = align(a, b);
  return { n: x + y, scale: Math.max(a.scale, b.scale) };
};
const mul = (a: Exact, b: Exact): Exact => ({ n: a.n * b.n, scale: a.scale + b.scale });
const toText = (e: Exact): string => {
  const negative = e.n < 0n;
  const digits = (negative ? -e.n : e.n).toString().padStart(e.scale + 1, "0");
  const whole = digits.slice(0, digits.length - e.scale);
  const fraction = digits.slice(digits.length - e.scale).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction === "" ? "" : `.${fraction}`}`;
};

const exactQuantity = (amount: string, unit = "count"): QuantityObjectInput => ({ amount, unit, bound: "exact" });
const exactClaim = (id: string, amount: string, unit = "%"): Claim =>
  claim({ id, metric: "share of GDP", value: exactQuantity(amount, unit), period: "2023", source: `source ${id}` });

/** A decimal string with up to `places` decimals and up to 12 integer digits. */
const arbDecimal = (places: number): fc.Arbitrary<string> =>
  fc
    .tuple(fc.bigInt({ min: 0n, max: 999_999_999_999n }), fc.integer({ min: 0, max: places }), fc.bigInt({ min: 0n, max: 10n ** 18n }))
    .map(([whole, scale, fraction]) => (scale === 0 ? whole.toString() : `${whole}.${fraction.toString().padStart(18, "0").slice(0, scale)}`));

describe("sums are exact: 0.1 + 0.2 is 0.3", () => {
  const sum = (parts: string[], total: string) =>
    checkRelation({ kind: "sum", parts: parts.map((p) => quantity(exactQuantity(p))), total: quantity(exactQuantity(total)) });

  it("0.1 + 0.2 = 0.3, and not the float 0.30000000000000004", () => {
    expect(0.1 + 0.2).not.toBe(0.3); // the float trap this guards against
    expect(sum(["0.1", "0.2"], "0.3").verdict).toBe("consistent");
    expect(sum(["0.1", "0.2"], String(0.1 + 0.2)).verdict).toBe("conflict");
  });

  it("any exact parts sum to their exact total, and to nothing one unit of the last place away", () => {
    fc.assert(
      fc.property(fc.array(arbDecimal(18), { minLength: 2, maxLength: 6 }), (parts) => {
        const total = parts.map(exact).reduce(add);
        expect(sum(parts, toText(total)).verdict).toBe("consistent");
        const ulp: Exact = { n: 1n, scale: Math.max(total.scale, 1) + 1 };
        expect(sum(parts, toText(add(total, ulp))).verdict).toBe("conflict");
      }),
      { numRuns: 100 },
    );
  });

  it("the implied total is the exact sum", () => {
    const check = checkRelation({ kind: "sum", parts: ["0.1", "0.2"].map((p) => quantity(exactQuantity(p))), total: null });
    expect(check.implied?.low?.toFixed()).toBe("0.3");
    expect(check.implied?.high?.toFixed()).toBe("0.3");
  });
});

describe("interval edges are exact and inclusive", () => {
  const stated = claim({ id: "stated", metric: "share of GDP", value: "3.5%", period: "2023", source: "source A" });

  it('"3.5 %" allows [3.45, 3.55]: "3.45 %" is consistent, the exact edge too, 3.449999999999 is not', () => {
    expect([stated.quantity.low?.toFixed(), stated.quantity.high?.toFixed()]).toEqual(["3.45", "3.55"]);
    expect(compare(stated, claim({ id: "w", metric: "share of GDP", value: "3.45%", period: "2023", source: "source B" })).verdict).toBe("consistent");
    expect(compare(stated, exactClaim("edge", "3.45")).verdict).toBe("consistent");
    expect(compare(stated, exactClaim("edge-hi", "3.55")).verdict).toBe("consistent");
    expect(compare(stated, exactClaim("below", "3.449999999999")).verdict).toBe("conflict");
    expect(compare(stated, exactClaim("above", "3.550000000001")).verdict).toBe("conflict");
  });

  it("an exact value is consistent with a rounded figure exactly when it lies in its interval", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: -30, max: 30 }), (tenths, offsetMillionths) => {
        // "x.y %" allows [x.y − 0.05, x.y + 0.05]; probe within a few millionths of the low edge.
        const written = `${Math.floor(tenths / 10)}.${tenths % 10}`; // "243.0", stated to the tenth
        const low = add(exact(written), { n: -5n, scale: 2 });
        const probe = add(low, { n: BigInt(offsetMillionths), scale: 6 });
        if (probe.n <= 0n) return;
        const a = claim({ id: "a", metric: "share of GDP", value: `${written}%`, period: "2023", source: "A" });
        const b = exactClaim("b", toText(probe));
        expect(compare(a, b).verdict).toBe(cmp(probe, low) >= 0 ? "consistent" : "conflict");
      }),
      { numRuns: 200 },
    );
  });
});

describe("huge and tiny magnitudes stay exact", () => {
  it("10^30 and 10^30 + 1 conflict (a float cannot tell them apart)", () => {
    const big = "1000000000000000000000000000000";
    const bigPlusOne = "1000000000000000000000000000001";
    expect(Number(big)).toBe(Number(bigPlusOne));
    expect(compare(exactClaim("a", big, "count"), exactClaim("b", bigPlusOne, "count")).verdict).toBe("conflict");
    expect(compare(exactClaim("a", big, "count"), exactClaim("b", big, "count")).verdict).toBe("consistent");
  });

  it("10^-30 scale differences are seen, and 0.1 + 10^-30 is not 0.1", () => {
    const tiny = "0.000000000000000000000000000001";
    expect(compare(exactClaim("a", tiny), exactClaim("b", "0.000000000000000000000000000002")).verdict).toBe("conflict");
    expect(Number("0.1000000000000000000000000000001")).toBe(0.1);
    expect(compare(exactClaim("a", "0.1"), exactClaim("b", "0.1000000000000000000000000000001")).verdict).toBe("conflict");
  });

  it("parsed scale words keep every digit: $1e30 and 10^-30 km", () => {
    expect(parseQuantity("1e30").value.toFixed()).toBe("1000000000000000000000000000000");
    expect(parseQuantity("1e-30 km").value.toFixed()).toBe("0.000000000000000000000000000001");
    expect(parseQuantity("$999,999,999,999,999,999,999,999,999,999").value.toFixed()).toBe("999999999999999999999999999999");
  });

  it("sums of huge parts are exact", () => {
    const parts = ["999999999999999999999999999999", "1"];
    const check = checkRelation({ kind: "sum", parts: parts.map((p) => quantity(exactQuantity(p))), total: null });
    expect(check.implied?.low?.toFixed()).toBe("1000000000000000000000000000000");
  });
});

describe("conversions and implied values are exact or rounded outward", () => {
  it("miles to km is exact (1 mi = 1.609344 km)", () => {
    fc.assert(
      fc.property(arbDecimal(6), (miles) => {
        const km = convertQuantity(quantity(exactQuantity(miles, "mi")), "km");
        expect(km.value.toFixed()).toBe(toText(mul(exact(miles), exact("1.609344"))));
      }),
      { numRuns: 100 },
    );
  });

  it("convertQuantity km → mi is within 10⁻⁵⁵ of exact (nearest at 60 digits, so km → mi → km is the identity)", () => {
    // Documented trade-off: convertQuantity rounds to nearest, not outward, so that round trips return the
    // very numbers they started from; verdicts never use it (compare aligns units by exact multiplication,
    // relations round outward), so an end may lie inside the exact image by less than 10⁻⁵⁵ of itself.
    fc.assert(
      fc.property(arbDecimal(4), (km) => {
        if (exact(km).n === 0n) return;
        const miles = convertQuantity(quantity(exactQuantity(km, "km")), "mi");
        const back = mul(exact(miles.value.toFixed()), exact("1.609344"));
        const [x, y] = align(back, exact(km));
        const error = x > y ? x - y : y - x;
        // |back − km| < km × 10⁻⁵⁵, in integers.
        expect(error * 10n ** 55n < (y > 0n ? y : -y)).toBe(true);
        expect(convertQuantity(miles, "km").value.toFixed()).toBe(toText(exact(km)));
      }),
      { numRuns: 100 },
    );
  });

  it("a km → mi relation check contains the exact image of every operand (outward rounding)", () => {
    fc.assert(
      fc.property(arbDecimal(4), (km) => {
        // The implied miles must contain km / 1.609344 exactly: check by multiplying back, in integers.
        const check = checkRelation({ kind: "conversion", values: [quantity(exactQuantity(km, "km")), null], unit: "mi" });
        const implied = check.implied!;
        const factor = exact("1.609344");
        expect(cmp(mul(exact(implied.low!.toFixed()), factor), exact(km))).toBeLessThanOrEqual(0);
        expect(cmp(mul(exact(implied.high!.toFixed()), factor), exact(km))).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 100 },
    );
  });

  it("an implied whole (part ÷ share) contains every exact quotient of the operands' ends", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 1, max: 999 }), (partTenths, shareTenths) => {
        const part = toText({ n: BigInt(partTenths), scale: 1 });
        const share = toText({ n: BigInt(shareTenths), scale: 1 });
        const check = checkRelation({ kind: "share", part: quantity(exactQuantity(part, "USD")), share: quantity(exactQuantity(share, "%")), whole: null });
        const implied = check.implied!;
        // whole = part × 100 / share, so whole × share = part × 100 exactly at the true value.
        const target = mul(exact(part), exact("100"));
        const s = exact(share);
        expect(cmp(mul(exact(implied.low!.toFixed()), s), target)).toBeLessThanOrEqual(0);
        expect(cmp(mul(exact(implied.high!.toFixed()), s), target)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });

  it('"$9.2 billion … 3.5 % of GDP" implies GDP ≈ $258–268 billion, containing the exact ends', () => {
    const check = checkRelation({ kind: "share", part: "$9.2 billion", share: "3.5%", whole: null });
    const implied = check.implied!;
    // [9.15, 9.25] bn ÷ [3.45, 3.55] %: the exact ends are 9.15 bn ÷ 0.0355 and 9.25 bn ÷ 0.0345.
    expect(cmp(mul(exact(implied.low!.toFixed()), exact("0.0355")), exact("9150000000"))).toBeLessThanOrEqual(0);
    expect(cmp(mul(exact(implied.high!.toFixed()), exact("0.0345")), exact("9250000000"))).toBeGreaterThanOrEqual(0);
    expect(implied.low!.gt("257740000000") && implied.high!.lt("268120000000")).toBe(true);
  });
});

describe("results do not depend on input order", () => {
  const shape = { units: ["USD", "CNY", "km", "mi"], periods: ["2022", "2023", undefined] };

  it("findDiscrepancies gives the same JSON for every order of the claims", () => {
    fc.assert(
      fc.property(
        fc.array(arbClaim(shape), { minLength: 2, maxLength: 12 }).chain((claims) => fc.tuple(fc.constant(claims), fc.shuffledSubarray(claims, { minLength: claims.length, maxLength: claims.length }))),
        ([claims, shuffled]) => {
          expect(JSON.stringify(findDiscrepancies(shuffled))).toBe(JSON.stringify(findDiscrepancies(claims)));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("compare gives the same verdict, gap and explanations both ways round", () => {
    fc.assert(
      fc.property(arbClaim(shape), arbClaim(shape), (a, b) => {
        const ab = compare(a, b);
        const ba = compare(b, a);
        expect(ba.verdict).toBe(ab.verdict);
        expect(JSON.stringify(ba.gap)).toBe(JSON.stringify(ab.gap));
        expect(JSON.stringify(ba.explanations)).toBe(JSON.stringify(ab.explanations));
      }),
      { numRuns: 150 },
    );
  });

  it("reconcile gives the same estimate for every order of one series' claims", () => {
    const series = { units: ["USD"], metrics: ["trade turnover"], periods: ["2023"], modalities: ["actual" as const] };
    fc.assert(
      fc.property(
        fc.array(arbClaim(series), { minLength: 1, maxLength: 6 }).chain((claims) => fc.tuple(fc.constant(claims), fc.shuffledSubarray(claims, { minLength: claims.length, maxLength: claims.length }))),
        fc.constantFrom("intersection", "attributed-range", "median", "latest-revision", "reliability-weighted"),
        ([claims, shuffled], method) => {
          const run = (list: readonly Claim[]) => {
            try {
              return JSON.stringify(reconcile(list, { method: method as never }));
            } catch (error) {
              return `error: ${(error as Error).message}`;
            }
          };
          expect(run(shuffled)).toBe(run(claims));
        },
      ),
      { numRuns: 60 },
    );
  });
});

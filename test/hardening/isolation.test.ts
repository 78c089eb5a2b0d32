// The library leaves its host alone: the user's decimal.js and zod settings, the global object and the
// prototypes are the same after importing and using it (sourceAudit.test.ts checks that the core uses
// nothing that only Node has).
// The library is imported dynamically, after the user's settings are made, as an application would.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Decimal } from "decimal.js";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { prototypeFingerprint } from "./helpers.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

// The user's own settings, made before the library is loaded.
Decimal.set({ precision: 5, rounding: Decimal.ROUND_UP, toExpNeg: -3, toExpPos: 5 });
const userDecimal = () => ({ precision: Decimal.precision, rounding: Decimal.rounding, toExpNeg: Decimal.toExpNeg, toExpPos: Decimal.toExpPos });
const decimalBefore = userDecimal();
// Classic zod installs its own memoizer in the global configuration the first time anyone builds a
// classic container schema (the user's schemas in other test files of this worker do); that is zod's
// doing, not ours, so it is left out of the comparison. The library itself uses zod/mini, which never does.
const zodConfig = (): string => JSON.stringify({ ...z.config(), memoizer: undefined });
const zodBefore = zodConfig();

const globalKeys = (): string[] => [...Reflect.ownKeys(globalThis)].map(String).sort();

describe("isolation from the host", () => {
  it("importing the library twice (entry and testing subpath) adds no globals and touches no prototype", async () => {
    const keys = globalKeys();
    const protos = prototypeFingerprint();
    await import("../../src/index.js");
    await import("../../src/testing/index.js");
    vi.resetModules();
    await import("../../src/index.js");
    await import("../../src/testing/index.js");
    const dist = `${root}/dist/index.js`;
    if (existsSync(dist)) {
      // The built package too, when the build has run (CI builds after testing).
      await import(/* @vite-ignore */ dist);
      await import(/* @vite-ignore */ `${root}/dist/testing/index.js`);
    }
    expect(globalKeys()).toEqual(keys);
    expect(prototypeFingerprint()).toBe(protos);
  });

  it("with the user's decimal.js at 5 digits rounding up, answers stay exact and the user's settings stay", async () => {
    const api = await import("../../src/index.js");
    // Under the user's settings 31.45 bn would print as 3.145e+10 and 10^30 + 1 would round to 10^30.
    const q = api.parseQuantity("$31.5 billion");
    expect([q.low?.toString(), q.high?.toString()]).toEqual(["31450000000", "31550000000"]);
    const big = (id: string, amount: string) => api.claim({ id, metric: "m", value: { amount, bound: "exact" }, source: id });
    expect(api.compare(big("a", "1000000000000000000000000000000"), big("b", "1000000000000000000000000000001")).verdict).toBe("conflict");
    const sum = api.checkRelation({ kind: "sum", parts: ["0.123456789", "0.000000001"].map((amount) => api.quantity({ amount, bound: "exact" })), total: null });
    expect(sum.implied?.low?.toString()).toBe("0.12345679");
    expect(api.convertQuantity(api.parseQuantity("1,056 miles"), "km").value.toString()).toBe("1699.467264");
    // A Decimal made by the user's constructor is read exactly, not at the user's precision.
    const interval = api.createInterval(new Decimal("1.23456789"), null);
    expect(interval.low?.toString()).toBe("1.23456789");
    const report = api.findDiscrepancies([
      api.claim({ metric: "trade", value: "$41 billion", period: "2023", source: "A" }),
      api.claim({ metric: "trade", value: "$31.5 billion", period: "2023", source: "B" }),
    ]);
    expect(report.conflicts[0]?.gap?.absolute.toString()).toBe("9500000000");
    expect(report.conflicts[0]?.gap?.intervalDistance.toString()).toBe("8950000000");
    expect(userDecimal()).toEqual(decimalBefore);
    expect(new Decimal("1.234561").plus(0).toString()).toBe("1.2346"); // the user still rounds up at 5 digits
  });

  it("a change to the user's decimal.js after import changes none of our answers", async () => {
    const api = await import("../../src/index.js");
    Decimal.set({ precision: 2, rounding: Decimal.ROUND_DOWN });
    try {
      expect(api.parseQuantity("$31.5 billion").low?.toString()).toBe("31450000000");
      expect(api.parseQuantity("1e-30 km").value.toString()).toBe("0.000000000000000000000000000001");
    } finally {
      Decimal.set({ precision: 5, rounding: Decimal.ROUND_UP });
    }
  });

  it("zod's global configuration is never changed, and a user's custom error map does not break our errors", async () => {
    const api = await import("../../src/index.js");
    api.parseClaims([{ metric: "m", value: "1", source: "s" }, { metric: 5 }]);
    api.toClaimInputJSONSchema();
    expect(zodConfig()).toBe(zodBefore);

    z.config({ customError: () => "the user's own message" });
    try {
      let error: unknown;
      try {
        api.claim({ metric: 5, value: "1", source: "s" } as never);
      } catch (e) {
        error = e;
      }
      expect(api.isDiscrepancyError(error)).toBe(true);
      expect((error as Error).message).toContain("metric");
    } finally {
      z.config({ customError: undefined });
    }
    expect(zodConfig()).toBe(zodBefore);
  });
});

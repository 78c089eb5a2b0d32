import { describe, expect, it } from "vitest";
import { withDisplay } from "../../src/notebook/withDisplay.js";

const KEY = Symbol.for("Jupyter.display");

describe("withDisplay", () => {
  it("adds a non-enumerable display method that JSON, spreading and equality ignore", () => {
    const plain = { verdict: "conflict", n: 2 };
    const shown = withDisplay(plain, (v) => ({ "text/plain": `${v.verdict} ×${v.n}` }));
    expect(JSON.stringify(shown)).toBe(JSON.stringify(plain));
    expect(shown).toEqual(plain);
    expect(shown).toStrictEqual({ verdict: "conflict", n: 2 });
    expect(Object.getOwnPropertySymbols({ ...shown })).toEqual([]);
    expect(Object.keys(shown)).toEqual(["verdict", "n"]);
    expect((shown as unknown as Record<symbol, () => unknown>)[KEY]!()).toEqual({ "text/plain": "conflict ×2" });
    expect(Object.isFrozen(shown)).toBe(true);
  });

  it("never changes the value it is given: a plain object stays unfrozen and without the method", () => {
    const plain = { a: 1 };
    const shown = withDisplay(plain, () => ({ "text/plain": "a" }));
    expect(shown).not.toBe(plain);
    expect(Object.isFrozen(plain)).toBe(false);
    expect(Object.getOwnPropertySymbols(plain)).toEqual([]);
    const list = [1, 2];
    expect(Array.isArray(withDisplay(list, () => ({ "text/plain": "1, 2" })))).toBe(true);
    expect(Object.getOwnPropertySymbols(list)).toEqual([]);
  });

  it("copies a frozen value instead of failing, leaving the original untouched", () => {
    const frozen = Object.freeze({ a: 1 });
    const shown = withDisplay(frozen, () => ({ "text/plain": "a" }));
    expect(shown).not.toBe(frozen);
    expect(Object.getOwnPropertySymbols(frozen)).toEqual([]);
    expect(Object.getOwnPropertySymbols(shown)).toEqual([KEY]);
  });
});

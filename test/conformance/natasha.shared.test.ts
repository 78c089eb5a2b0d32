import { afterAll, describe, expect, it } from "vitest";
import { scanQuantities } from "../../src/quantity/scan.js";
import { fail, pass, printCases, printTallies, readJson, tally, type Outcome, type Tally } from "./harness.js";

/**
 * Adapter for natasha's Russian money cases ("2,2 млн.руб." → "2200000.00 RUB"): the scanner's widest
 * mention must have the amount (to the kopeck) and the currency.
 */

interface File {
  readonly cases: readonly (readonly [string, string])[];
}

const judge = (text: string, target: string): Outcome => {
  const [amount, currency] = target.split(" ");
  const found = scanQuantities(text, { lang: "ru" });
  if (found.length === 0) return fail("nothing found");
  const widest = found.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  const q = widest.quantity;
  const ours = `${q.value.toFixed(2)} ${q.unit}`;
  return ours === `${amount} ${currency}` ? pass : fail(`${ours}, expected ${target}`);
};

/** Pass floor: the count this version reaches. */
const FLOOR = 16;

describe("conformance: natasha", () => {
  const tallies: Tally[] = [];
  afterAll(() => printTallies(tallies));

  it("money.json", () => {
    const { cases } = readJson<File>("natasha/money.json");
    const t = tally("natasha/money.json", cases.map(([text, target]) => ({ input: text, outcome: judge(text, target) })));
    tallies.push(t);
    printCases("natasha", t);
    expect(t.passed).toBeGreaterThanOrEqual(FLOOR);
  });
});

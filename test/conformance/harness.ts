import { readFileSync } from "node:fs";
import { Decimal } from "../../src/decimal.js";
import type { Quantity } from "../../src/quantity/types.js";
import { SHARED } from "../shared.js";

/**
 * Shared parts of the conformance adapters. The cases are data from other projects (see
 * ../shared/conformance/README.md); only their inputs and expected answers are read here, never their code.
 * Each case ends as a pass, a documented difference (ours deliberately differs, with the reason), or a
 * failure.
 */

export const CONFORMANCE = new URL("conformance/", SHARED);

export type Outcome = { readonly kind: "pass" } | { readonly kind: "difference"; readonly reason: string } | { readonly kind: "fail"; readonly why: string };

export const pass: Outcome = { kind: "pass" };
export const difference = (reason: string): Outcome => ({ kind: "difference", reason });
export const fail = (why: string): Outcome => ({ kind: "fail", why });

export interface Tally {
  readonly file: string;
  readonly total: number;
  readonly passed: number;
  readonly differences: number;
  readonly failed: number;
  readonly reasons: ReadonlyMap<string, number>;
  readonly failures: readonly string[];
  /** Each documented difference with its input, for `CONFORMANCE_VERBOSE=2`. */
  readonly differenceCases: readonly string[];
}

/** Counts outcomes; the reasons of documented differences are counted case by case. */
export const tally = (file: string, outcomes: readonly { readonly input: string; readonly outcome: Outcome }[]): Tally => {
  const reasons = new Map<string, number>();
  const failures: string[] = [];
  const differenceCases: string[] = [];
  let passed = 0;
  let differences = 0;
  for (const { input, outcome } of outcomes) {
    if (outcome.kind === "pass") passed++;
    else if (outcome.kind === "difference") {
      differences++;
      reasons.set(outcome.reason, (reasons.get(outcome.reason) ?? 0) + 1);
      differenceCases.push(`${JSON.stringify(input.slice(0, 90))}: ${outcome.reason}`);
    } else failures.push(`${JSON.stringify(input.slice(0, 90))}: ${outcome.why}`);
  }
  return { file, total: outcomes.length, passed, differences, failed: failures.length, reasons, failures, differenceCases };
};

/** One line for the log (and bench/README.md): pass rate, differences, failures. */
export const report = (t: Tally): string => {
  const pct = (n: number) => `${((100 * n) / Math.max(1, t.total)).toFixed(1)} %`;
  const reasons = [...t.reasons].map(([r, n]) => `${n}× ${r}`).join("; ");
  return `${t.file}: ${t.passed}/${t.total} pass (${pct(t.passed)}), ${t.differences} documented differences${reasons ? ` (${reasons})` : ""}, ${t.failed} fail`;
};

export const readJsonLines = <T>(name: string): T[] =>
  readFileSync(new URL(name, CONFORMANCE), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as T);

export const readJson = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, CONFORMANCE), "utf8")) as T;

/** Significant digits of a number as written: a float printed in full has 16 or 17. */
const significantDigits = (text: string): number => {
  const mantissa = text.split(/[eE]/)[0] ?? "";
  let digits = mantissa.replace(/[^0-9]/g, "");
  let i = 0;
  while (i < digits.length - 1 && digits[i] === "0") i++;
  digits = digits.slice(i);
  return digits.length;
};

/**
 * Whether a decimal equals a peer's value, exactly as decimals. A peer's value that is a binary float
 * printed in full ("12.166666666666666", "2.02107211321364E+23": 15 or more significant digits, or an
 * exponent) carries the float's rounding, not the amount: it is compared to 15 significant digits.
 */
export const sameNumber = (a: Decimal | null | undefined, b: string | number | null | undefined): boolean => {
  if (a === null || a === undefined || b === null || b === undefined) return false;
  try {
    const text = typeof b === "number" ? String(b) : b;
    const expected = new Decimal(text);
    if (a.eq(expected)) return true;
    const float = /[eE]/.test(text) || significantDigits(text) >= 15;
    return float && a.toSignificantDigits(15).eq(expected.toSignificantDigits(15));
  } catch {
    return false;
  }
};

/** Dollars a bare "$" or "dollar" may be: a peer's unnamed "Dollar" is any of them. */
export const DOLLAR_CODES: ReadonlySet<string> = new Set(["USD", "CAD", "AUD", "HKD", "SGD", "NZD", "TWD"]);

/** The quantity's interval as the peers write it: value for a point, or its ends. */
export const ends = (q: Quantity): { low: Decimal | null; high: Decimal | null } => ({ low: q.low, high: q.high });

/** With `CONFORMANCE_VERBOSE` set, prints every failure (and with `=2`, every documented difference). */
export const printCases = (label: string, t: Tally): void => {
  const level = process.env.CONFORMANCE_VERBOSE;
  if (level === undefined || level === "" || level === "0") return;
  for (const f of t.failures) console.log(`  ${label}: ${f}`);
  if (level === "2") for (const d of t.differenceCases) console.log(`  ${label} (difference): ${d}`);
};

/** Prints the tallies at the end of a file (visible with `npx vitest run --reporter=verbose`). */
export const printTallies = (tallies: readonly Tally[]): void => {
  for (const t of tallies) console.log(report(t));
};

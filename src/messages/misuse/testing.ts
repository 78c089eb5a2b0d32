import { quote } from "./quote.js";

/** Text of the test assertions and matchers (`discrepancy/testing`), in English. */
export const testingMessages = {
  // Assertions and matchers (testing/)
  side: (id: string, text: string, source: string, period: string | undefined) =>
    `${id} (${quote(text)}, ${source}${period === undefined ? "" : `, ${period}`})`,
  verdictPhrase: (verdict: string, found: { reasons: readonly string[]; gap?: string; ratio?: string; likely?: string; likelyWeak?: boolean }) =>
    verdict === "consistent"
      ? "they are consistent"
      : verdict === "not-comparable"
        ? `they are not comparable (${found.reasons.map((r) => r.replaceAll("-", " ")).join(", ")})`
        : `they conflict${found.gap === undefined ? "" : ` (gap ${found.gap}${found.ratio === undefined ? "" : `, ratio ${found.ratio}`})`}${
            found.likely === undefined ? "" : found.likelyWeak === true ? `; possibly ${found.likely}` : `; most likely ${found.likely}`
          }`,
  notFastCheck: (value: unknown) => `createArbitraries needs the fast-check module (import fc from "fast-check"), got ${quote(value)}`,
  badArbitraryOption: (name: string, value: unknown, expected: string) => `option ${name} must be ${expected}, got ${quote(value)}`,
  notClaimsOrReport: (value: unknown) => `expected an array of claims or a report from findDiscrepancies(), got ${quote(value)}`,
  expectedVerdict: (a: string, wanted: string, b: string, found: string) => `expected ${a} to be ${wanted} ${b}, but ${found}`,
  expectedNotVerdict: (a: string, wanted: string, b: string) => `expected ${a} not to be ${wanted} ${b}, but it is`,
  assertNoConflicts: (count: number, lines: readonly string[]) =>
    `expected no conflicts, found ${count}:\n${lines.join("\n")}`,
  expectedSomeConflict: (claims: number) => `expected some conflict among ${claims} claims, found none`,
} as const;

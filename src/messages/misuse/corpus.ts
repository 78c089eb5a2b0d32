import { quote } from "./quote.js";

/** Misuse of corpus reconciliation, in English. */
export const corpusMessages = {
  unknownMethod: (method: unknown) => `unknown corpus reconciliation method ${quote(method)}; expected "truth-discovery", "accu", "truth-finder", "majority" or "median"`,
  badOption: (name: string, value: unknown, expected: string) => `option ${name} must be ${expected}, got ${quote(value)}`,
  notIterable: (value: unknown) => `claims must be an iterable or async iterable of claims, got ${quote(value)}`,
} as const;

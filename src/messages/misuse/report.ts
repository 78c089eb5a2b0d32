import { quote } from "./quote.js";

/** Misuse of the report functions, in English. */
export const reportMessages = {
  unknownFileKey: (key: string, suggestion: string | undefined, known: readonly string[]) =>
    `unknown key ${quote(key)}${suggestion === undefined ? "" : ` (did you mean ${quote(suggestion)}?)`}; a claims file has the keys ${known.join(", ")}`,
  corpusNeedsClaims: "text and Markdown need the reconciled claims: pass them as options.claims (a reconciliation holds only their ids)",
  notCorpusReconciliation: (value: unknown) => `expected the result of reconcileAll(), got ${quote(value)}`,
  badCorpusPart: (path: string, value: unknown) => `${path} is not what reconcileAll() returns: ${quote(value)}`,
  // Notebook display (notebook/)
  notDisplayable: (value: unknown) =>
    `display() takes what findDiscrepancies(), compare(), reconcile() or reconcileAll() returns, got ${quote(value)}`,
  displayNeedsClaims: "a corpus reconciliation is displayed with the reconciled claims: pass them as options.claims (it holds only their ids)",

  chartNeedsClaims: "toVegaLite needs the claims of a report: pass them as options.claims (a report holds only their ids)",
  notAComparison: (value: unknown) => `expected a comparison from compare(), got ${quote(value)}`,
  badReviewAuthor: (value: unknown) => `options.author must be the reviewer, such as { name: "Factcheck Desk" }, got ${quote(value)}`,
  notOptions: (value: unknown) => `options must be an object, got ${quote(value)}`,
  unknownFormat: (format: unknown, allowed: readonly string[]) => `unknown report format ${quote(format)}; expected ${allowed.join(", ")}`,
  // ClaimReview (report/toClaimReview)
  notInComparison: (id: string, ids: readonly string[]) => `options.reviewed ${quote(id)} is not one of the compared claims (${ids.map((i) => quote(i)).join(", ")})`,
} as const;

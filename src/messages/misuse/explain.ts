import { quote } from "./quote.js";

/** Misuse of comparison, explanation and reconciliation functions, in English. */
export const explainMessages = {
  // Misuse (thrown as DiscrepancyError).
  notAClaim: (name: string, value: unknown) =>
    `${name} is not a claim (build it with claim() or parseClaims()), got ${quote(value)}`,
  badOption: (name: string, value: unknown) => `option ${name} must be a positive decimal string such as "1.06", got ${quote(value)}`,
  badRate: (index: number, value: unknown) => `rates[${index}].rate must be a positive decimal string such as "0.0021", got ${quote(value)}`,
  notAReport: (name: string, value: unknown) => `${name} is not a report (build it with findDiscrepancies()), got ${quote(value)}`,
  notAFinding: (value: unknown) => `explain() takes a comparison or a reconciliation, got ${quote(value)}`,
  notIterable: (name: string, value: unknown) => `${name} must be an iterable of claims, got ${quote(value)}`,
  noClaimsToReconcile: "reconcile needs at least one claim",
  unknownTargetUnit: (unit: string) => `unknown unit ${quote(unit)} for the estimate`,
  notOneSeries: (first: string, other: string, reasons: readonly string[]) =>
    `claims ${quote(first)} and ${quote(other)} are not about the same thing (${reasons.join(", ")}); reconcile one series, period and modality at a time`,
  cannotConvert: (id: string, from: string, to: string) =>
    `claim ${quote(id)} is in ${from}, which cannot be converted to ${to} (for currencies, give options.rates)`,
  badCount: (name: string, value: unknown, min: number) => `option ${name} must be an integer of at least ${min}, got ${quote(value)}`,
  unknownMethod: (method: unknown) => `unknown reconciliation method ${quote(method)}`,
  badWeight: (name: string, value: unknown) => `${name} must be a positive decimal string or number, got ${quote(value)}`,
} as const;

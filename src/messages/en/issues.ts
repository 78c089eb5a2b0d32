/** Renderers of validation issues by code; params are the issue's `params`. */
export type IssueCatalogue = Readonly<Record<string, (params: Readonly<Record<string, unknown>>, input: unknown) => string>>;

const s = (value: unknown): string => String(value);
const q = (value: unknown): string => JSON.stringify(String(value));
const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
const noun = (n: number, one: string, other: string): string => `${n} ${n === 1 ? one : other}`;

/**
 * Validation issues by code (`DiscrepancyIssue.code`): zod's own codes (`invalid_type`, `too_big`, …)
 * and the library's (`duplicate-id`, `unknown-unit`, `unknown-fields`, …). An English issue's
 * `message` already says it (and `formatIssue` returns it), so these renderers are the list of every
 * code a locale must word, and the English for an issue built from its code alone.
 */
export const issues: IssueCatalogue = {
  // zod's codes, passed through with zod's params.
  invalid_type: (p, input) => (input === undefined ? "is required" : `invalid type: expected ${s(p["expected"])}`),
  too_small: (p) =>
    p["origin"] === "string" ? `too short: at least ${noun(Number(p["minimum"]), "character", "characters")}`
    : p["origin"] === "array" ? `too few items: at least ${s(p["minimum"])}`
    : `too small: expected ${p["inclusive"] === false ? ">" : ">="}${s(p["minimum"])}`,
  too_big: (p) =>
    p["origin"] === "string" ? `too long: at most ${noun(Number(p["maximum"]), "character", "characters")}`
    : p["origin"] === "array" ? `too many items: at most ${s(p["maximum"])}`
    : `too big: expected ${p["inclusive"] === false ? "<" : "<="}${s(p["maximum"])}`,
  invalid_format: (p) => `invalid format${p["format"] === undefined ? "" : `: expected ${s(p["format"])}`}`,
  not_multiple_of: (p) => `must be a multiple of ${s(p["divisor"])}`,
  unrecognized_keys: (p) => `unknown field${list(p["keys"]).length > 1 ? "s" : ""} ${list(p["keys"]).map(q).join(", ")}`,
  invalid_union: () => "matches none of the allowed forms",
  invalid_key: () => "invalid key",
  invalid_element: () => "invalid item",
  invalid_value: (p) => `invalid value: expected one of ${list(p["values"]).map(q).join(", ")}`,
  custom: () => "invalid value",
  // The library's codes for claims and claim lists.
  "duplicate-id": (p) => `id ${q(p["id"])} of record ${Number(p["record"]) + 1} is also record ${Number(p["first"]) + 1}'s, which differs; neither is kept`,
  "repeated-record": (p) => `record ${Number(p["record"]) + 1} repeats record ${Number(p["first"]) + 1}`,
  "more-issues": (p) => `and ${s(p["count"])} more`,
  "unknown-unit": (p) => `unknown unit ${q(p["unit"])}`,
  "unit-mismatch": (p) => `unit ${q(p["unit"])} disagrees with the unit written in the value (${q(p["written"])})`,
  "unknown-key": (p) => `unknown key ${q(p["key"])}${p["suggestion"] === undefined ? "" : ` (did you mean ${q(p["suggestion"])}?)`}`,
  "too-many-digits": (p) => `${q(p["amount"])} has more than ${s(p["maximum"])} significant digits`,
  "not-a-claim": () => "expected a claim object",
  "not-a-list": () => 'expected a list of claims or { "claims": [...] }',
  "too-deep": (p) => `nested more than ${s(p["maximum"])} levels deep`,
  "reserved-key": (p) => `reserved key ${q(p["key"])}`,
  "not-text": () => "expected text",
  // A thrown error's own code, kept as an issue's code when it was read inside a claim.
  "invalid-period": () => "could not read the period",
  "invalid-quantity": () => "could not read the quantity",
  "invalid-claim": () => "invalid claim",
  "invalid-unit": () => "invalid unit",
  "invalid-argument": () => "invalid argument",
  "missing-rate": () => "no exchange rate for this conversion",
  // Relation checks.
  "not-a-relation": () => 'expected a relation object such as { kind: "share", ... }',
  "unknown-relation-kind": (p) => `unknown relation kind ${q(p["kind"])}; expected one of "conversion", "percent-change", "share", "sum", "difference", "multiple"`,
  "too-many-missing": (p) => `only one operand may be left out to be implied; ${list(p["names"]).map(s).join(", ")} are missing`,
  "needs-pair": (p) => `${s(p["field"])} must be a list of two operands`,
  "needs-parts": () => "parts must be a non-empty list of operands",
  "needs-unit": () => 'the implied value needs a unit: give "unit"',
  "not-a-percent": (p) => `expected a percentage such as "3.5%", got ${q(p["text"])} (unit ${s(p["unit"])})`,
  "not-a-factor": (p) => `expected a factor such as 2, "2x" or "200%", got ${q(p["text"])} (unit ${s(p["unit"])})`,
  "not-an-amount": (p) => `an ordinal (${q(p["text"])}) cannot take part in arithmetic`,
  "unknown-fields": (p) => `unknown field${list(p["keys"]).length > 1 ? "s" : ""} ${list(p["keys"]).map(q).join(", ")}`,
  "unknown-claim": (p) => `no claim with id ${q(p["id"])}`,
  "claim-or-value": () => 'give "claim" or "ordinal"/"count", not both',
  "needs-event": () => 'give "event" (a date or an event label), or use a claim whose period is a day, month or year',
  "claim-without-timeline": () => 'ordinal checks need a timeline: give "timeline" with events, or the timeline option',
  "timeline-file": (p) => `the timeline file ${q(p["file"])} must be read by the caller and passed as the timeline option`,
  // Timelines and ordinal checks.
  "invalid-date": (p) => `not a valid ISO date (YYYY-MM-DD, YYYY-MM or YYYY): ${q(p["text"])}`,
  "invalid-day": (_p, input) => `not a valid ISO date (YYYY-MM-DD)${typeof input === "string" ? `: ${q(input)}` : ""}`,
  "unknown-event": (p) => `no event labelled ${q(p["event"])} in the timeline`,
  "ambiguous-event": (p) => `${q(p["event"])} matches ${s(p["count"])} events; give the day (YYYY-MM-DD) or a label`,
  "reversed-window": (p) => `the counting window ends (${s(p["until"])}) before it starts (${s(p["since"])})`,
  "needs-ordinal-or-count": () => 'give either "ordinal" or "count"',
  "both-ordinal-and-count": () => 'give "ordinal" or "count", not both',
  "not-an-ordinal": (p) => `expected an ordinal such as "fifth", "5th" or 5, got ${q(p["text"])} (unit ${s(p["unit"])})`,
  "not-a-count": (p) => `expected a count such as "three" or 3, got ${q(p["text"])} (unit ${s(p["unit"])})`,
};

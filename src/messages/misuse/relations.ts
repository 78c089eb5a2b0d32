import { quote } from "./quote.js";

/** Misuse of relation checks and timelines, and the formulas a relation check solves, in English. */
export const relationMessages = {
  invalidRelation: "invalid relation",
  invalidRelations: "invalid relations",
  invalidOrdinal: "invalid ordinal check",
  invalidTimeline: "invalid timeline",
  notRelation: (value: unknown) => `expected a relation object such as { kind: "share", ... }, got ${quote(value)}`,
  unknownKind: (kind: unknown) =>
    `unknown relation kind ${quote(kind)}; expected one of "conversion", "percent-change", "share", "sum", "difference", "multiple"`,
  tooManyMissing: (names: readonly string[]) => `only one operand may be left out to be implied; ${names.join(", ")} are missing`,
  needsPair: (field: string) => `${field} must be a list of two operands`,
  needsParts: "parts must be a non-empty list of operands",
  needsUnit: 'the implied value needs a unit: give "unit"',
  unknownUnit: (unit: unknown) => `unknown unit ${quote(unit)}`,
  notOperand: (value: unknown) => `expected a claim, a quantity, quantity text such as "1,700 km", or an integer; got ${quote(value)}`,
  notPercent: (text: string, unit: string) => `expected a percentage such as "3.5%", got ${quote(text)} (unit ${unit})`,
  notFactor: (text: string, unit: string) => `expected a factor such as 2, "2x" or "200%", got ${quote(text)} (unit ${unit})`,
  notAmount: (text: string) => `an ordinal (${quote(text)}) cannot take part in arithmetic`,
  notInterval: (name: string, value: unknown) =>
    `${name} is not an interval (build it with createInterval() or toInterval()), got ${quote(value)}`,
  badClaimLookup: (value: unknown) => `claims must be a list, a Map or a record of claims by id, got ${quote(value)}`,
  unknownFields: (keys: readonly string[]) => `unknown field${keys.length > 1 ? "s" : ""} ${keys.map((k) => quote(k)).join(", ")}`,
  notRelationCheck: (value: unknown) => `expected the result of checkRelation(), got ${quote(value)}`,
  notOrdinalCheck: (value: unknown) => `expected the result of checkOrdinal(), got ${quote(value)}`,
  badIntervalEnd: (field: string, value: unknown) => `${field}: not a finite decimal: ${quote(value)}`,
  emptyInterval: (low: string, high: string) => `the interval from ${low} to ${high} is empty`,
  unknownClaim: (id: string) => `no claim with id ${quote(id)}`,
  claimOrValue: 'give "claim" or "ordinal"/"count", not both',
  needsEvent: 'give "event" (a date or an event label), or use a claim whose period is a day, month or year',
  claimWithoutTimeline: 'ordinal checks need a timeline: give "timeline" with events, or the timeline option',
  timelineFile: (file: string) => `the timeline file ${quote(file)} must be read by the caller and passed as the timeline option`,
  /** The formula solved for `target`; `parts` is the number of parts of a sum. */
  formula: (kind: string, target: string, parts: number): string => {
    const table: Record<string, Record<string, string>> = {
      conversion: { "values[0]": "values[0] = values[1] in another unit", "values[1]": "values[1] = values[0] in another unit" },
      "percent-change": { to: "to = from × (1 + rate)", from: "from = to ÷ (1 + rate)", rate: "rate = to ÷ from − 1" },
      share: { part: "part = whole × share", whole: "whole = part ÷ share", share: "share = part ÷ whole" },
      difference: { difference: "difference = a − b", a: "a = b + difference", b: "b = a − difference" },
      multiple: { result: "result = base × factor", base: "base = result ÷ factor", factor: "factor = result ÷ base" },
    };
    if (kind === "sum")
      return target === "total"
        ? `total = ${parts === 1 ? "parts[0]" : parts === 2 ? "parts[0] + parts[1]" : `parts[0] + … + parts[${parts - 1}]`}`
        : `${target} = total − the other parts`;
    return table[kind]?.[target] ?? target;
  },
  // Timelines.
  badDate: (text: unknown) => `not a valid ISO date (YYYY-MM-DD, YYYY-MM or YYYY): ${quote(text)}`,
  badEventDate: (text: unknown) => `not a valid ISO date (YYYY-MM-DD): ${quote(text)}`,
  unknownEvent: (event: string) => `no event labelled ${quote(event)} in the timeline`,
  ambiguousEvent: (event: string, count: number) => `${quote(event)} matches ${count} events; give the day (YYYY-MM-DD) or a label`,
  reversedWindow: (since: string, until: string) => `the counting window ends (${until}) before it starts (${since})`,
  needsOrdinalOrCount: 'give either "ordinal" or "count"',
  bothOrdinalAndCount: 'give "ordinal" or "count", not both',
  notOrdinal: (text: string, unit: string) => `expected an ordinal such as "fifth", "5th" or 5, got ${quote(text)} (unit ${unit})`,
  notCount: (text: string, unit: string) => `expected a count such as "three" or 3, got ${quote(text)} (unit ${unit})`,
} as const;

/** A misuse issue as coded data: its code, plain params, and the English words of `relationMessages`. @internal */
export interface CodedMisuse {
  readonly code: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message: string;
}

const coded = (code: string, params: Readonly<Record<string, unknown>>, message: string): CodedMisuse => ({ code, params, message });

// The same misuse as coded issues, so formatIssue can word them in any locale; the English text is
// relationMessages' own, byte for byte.
/** @internal */
export const relationIssues = {
  notRelation: (value: unknown) => coded("not-a-relation", {}, relationMessages.notRelation(value)),
  unknownKind: (kind: unknown) => coded("unknown-relation-kind", { kind: typeof kind === "string" ? kind : quote(kind) }, relationMessages.unknownKind(kind)),
  tooManyMissing: (names: readonly string[]) => coded("too-many-missing", { names: [...names] }, relationMessages.tooManyMissing(names)),
  needsPair: (field: string) => coded("needs-pair", { field }, relationMessages.needsPair(field)),
  needsParts: () => coded("needs-parts", {}, relationMessages.needsParts),
  needsUnit: () => coded("needs-unit", {}, relationMessages.needsUnit),
  unknownUnit: (unit: unknown) => coded("unknown-unit", { unit: typeof unit === "string" ? unit : quote(unit) }, relationMessages.unknownUnit(unit)),
  notPercent: (text: string, unit: string) => coded("not-a-percent", { text, unit }, relationMessages.notPercent(text, unit)),
  notFactor: (text: string, unit: string) => coded("not-a-factor", { text, unit }, relationMessages.notFactor(text, unit)),
  notAmount: (text: string) => coded("not-an-amount", { text }, relationMessages.notAmount(text)),
  unknownFields: (keys: readonly string[]) => coded("unknown-fields", { keys: [...keys] }, relationMessages.unknownFields(keys)),
  unknownClaim: (id: string) => coded("unknown-claim", { id }, relationMessages.unknownClaim(id)),
  claimOrValue: () => coded("claim-or-value", {}, relationMessages.claimOrValue),
  needsEvent: () => coded("needs-event", {}, relationMessages.needsEvent),
  claimWithoutTimeline: () => coded("claim-without-timeline", {}, relationMessages.claimWithoutTimeline),
  timelineFile: (file: string) => coded("timeline-file", { file }, relationMessages.timelineFile(file)),
  badDate: (text: unknown) => coded("invalid-date", { text: typeof text === "string" ? text : quote(text) }, relationMessages.badDate(text)),
  unknownEvent: (event: string) => coded("unknown-event", { event }, relationMessages.unknownEvent(event)),
  ambiguousEvent: (event: string, count: number) => coded("ambiguous-event", { event, count }, relationMessages.ambiguousEvent(event, count)),
  reversedWindow: (since: string, until: string) => coded("reversed-window", { since, until }, relationMessages.reversedWindow(since, until)),
  needsOrdinalOrCount: () => coded("needs-ordinal-or-count", {}, relationMessages.needsOrdinalOrCount),
  bothOrdinalAndCount: () => coded("both-ordinal-and-count", {}, relationMessages.bothOrdinalAndCount),
  notOrdinal: (text: string, unit: string) => coded("not-an-ordinal", { text, unit }, relationMessages.notOrdinal(text, unit)),
  notCount: (text: string, unit: string) => coded("not-a-count", { text, unit }, relationMessages.notCount(text, unit)),
  notText: (message: string) => coded("not-text", {}, message),
} as const;

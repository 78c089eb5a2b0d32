import { quote } from "../misuse/quote.js";

/** English sentences of relation checks and ordinal checks. */
export const relations = {
  kindLabel: {
    conversion: "Unit conversion",
    "percent-change": "Percent change",
    share: "Share of a whole",
    sum: "Sum of parts",
    difference: "Difference",
    multiple: "Multiple",
  } as Readonly<Record<string, string>>,
  /**
   * An operand by its field name (`from`, `parts[2]`, …); languages other than English name the role
   * ("початкове значення") rather than the JSON field.
   */
  operandName: (_kind: string, name: string) => name,
  listSeparator: ", ",
  operandText: (name: string, text: string) => `${name} ${quote(text)}`,
  relationHolds: (label: string, operands: string, target: string, computed: string, stated: string, roundingOnly: boolean) =>
    `${label}: from ${operands}, ${target} is ${computed}; the stated ${quote(stated)} agrees${roundingOnly ? ", but only thanks to rounding or bound words" : ""}.`,
  relationFails: (label: string, operands: string, target: string, computed: string, stated: string, by: string) =>
    `${label}: from ${operands}, ${target} is ${computed}, but it is stated as ${quote(stated)}, at least ${by} away.`,
  valueImplied: (label: string, operands: string, target: string, implied: string) => `${label}: given ${operands}, ${target} must be ${implied}.`,
  sharesFit: (label: string, operands: string, total: string, remainder: string) =>
    `${label}: ${operands} add up to ${total}, within 100 %; ${remainder} is left for the rest.`,
  sharesExceed: (label: string, operands: string, total: string, by: string) => `${label}: ${operands} add up to ${total}, more than the whole by at least ${by}.`,

  // Timelines.
  ordinalHolds: (stated: string, expected: number, window: string) => `${quote(stated)} holds: it is event number ${expected} ${window}.`,
  ordinalFails: (stated: string, expected: number, window: string) => `${quote(stated)} does not hold: it is event number ${expected} ${window}.`,
  countHolds: (stated: string, expected: number, window: string) => `${quote(stated)} holds: ${expected} events ${window}.`,
  countFails: (stated: string, expected: number, window: string) => `${quote(stated)} does not hold: ${expected} events ${window}.`,
  windowText: (since: string | undefined, until: string) => (since === undefined ? `up to ${until} on the timeline` : `from ${since} to ${until} on the timeline`),
};

/** The shape every locale's relation catalogue has (the English one is the reference). */
export type RelationCatalogue = Readonly<typeof relations>;

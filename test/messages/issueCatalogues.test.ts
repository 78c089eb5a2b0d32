// Every issue code the library reports (the English catalogue lists them all) is worded natively in
// Ukrainian, Russian and Chinese: no locale falls back to the English message, and the words carry no
// Latin-letter word except what they quote (input, field names, codes).
import { describe, expect, it } from "vitest";
import { checkRelation } from "../../src/relations/checkRelation.js";
import { checkOrdinal } from "../../src/timeline/checkOrdinal.js";
import { DiscrepancyError, type DiscrepancyIssue } from "../../src/errors.js";
import { formatIssue } from "../../src/report/formatIssue.js";
import { issues as en } from "../../src/messages/en/issues.js";
import { issues as uk } from "../../src/messages/uk/issues.js";
import { issues as ru } from "../../src/messages/ru/issues.js";
import { issues as zh } from "../../src/messages/zh/issues.js";
import { relationMessages } from "../../src/messages/misuse/relations.js";

type Sample = { readonly params: Readonly<Record<string, unknown>>; readonly input?: unknown };

// Sample params for each code, as the library builds them; a new code fails the test until it has one.
const SAMPLES: Readonly<Record<string, readonly Sample[]>> = {
  invalid_type: [{ params: { expected: "string" }, input: 5 }, { params: { expected: "number" } }, { params: { expected: "weird" }, input: 1 }],
  too_small: [{ params: { origin: "string", minimum: 1, inclusive: true } }, { params: { origin: "string", minimum: 3 } }, { params: { origin: "array", minimum: 2 } }, { params: { origin: "number", minimum: 0, inclusive: false } }],
  too_big: [{ params: { origin: "string", maximum: 200 } }, { params: { origin: "array", maximum: 21 } }, { params: { origin: "number", maximum: 100, inclusive: true } }],
  invalid_format: [{ params: { format: "regex" } }, { params: { format: "something-new" } }],
  not_multiple_of: [{ params: { divisor: 5 } }],
  unrecognized_keys: [{ params: { keys: ["soruce"] } }, { params: { keys: ["a", "b"] } }],
  invalid_union: [{ params: {} }],
  invalid_key: [{ params: { origin: "record" } }],
  invalid_element: [{ params: { origin: "map" } }],
  invalid_value: [{ params: { values: ["share", "sum"] } }],
  custom: [{ params: {}, input: "banana" }, { params: {} }],
  "duplicate-id": [{ params: { id: "c1", record: 2, first: 0 } }],
  "repeated-record": [{ params: { record: 3, first: 1 } }],
  "more-issues": [{ params: { count: 1 } }, { params: { count: 3 } }, { params: { count: 25 } }],
  "unknown-unit": [{ params: { unit: "XYZ" } }],
  "unit-mismatch": [{ params: { unit: "EUR", written: "USD" } }],
  "unknown-key": [{ params: { key: "soruce", suggestion: "source" } }, { params: { key: "zzz" } }],
  "too-many-digits": [{ params: { amount: "1.23456789012345678901234567890123456789", maximum: 30 } }, { params: { amount: "1", maximum: 21 } }],
  "not-a-claim": [{ params: {} }],
  "not-a-list": [{ params: {} }],
  "too-deep": [{ params: { maximum: 64 } }],
  "reserved-key": [{ params: { key: "__proto__" } }],
  "not-text": [{ params: {}, input: 5 }],
  "invalid-period": [{ params: {}, input: "in the year of the dragon" }],
  "invalid-quantity": [{ params: {}, input: "banana" }],
  "invalid-claim": [{ params: {} }],
  "invalid-unit": [{ params: {}, input: "XYZ" }],
  "invalid-argument": [{ params: { message: "something English" } }],
  "missing-rate": [{ params: {} }],
  "not-a-relation": [{ params: {} }],
  "unknown-relation-kind": [{ params: { kind: "ratio" } }],
  "too-many-missing": [{ params: { names: ["part", "whole"] } }],
  "needs-pair": [{ params: { field: "values" } }],
  "needs-parts": [{ params: {} }],
  "needs-unit": [{ params: {} }],
  "not-a-percent": [{ params: { text: "5 km", unit: "km" } }],
  "not-a-factor": [{ params: { text: "5 km", unit: "km" } }],
  "not-an-amount": [{ params: { text: "fifth" } }],
  "unknown-fields": [{ params: { keys: ["totl"] } }, { params: { keys: ["totl", "prt"] } }],
  "unknown-claim": [{ params: { id: "c9" } }],
  "claim-or-value": [{ params: {} }],
  "needs-event": [{ params: {} }],
  "claim-without-timeline": [{ params: {} }],
  "timeline-file": [{ params: { file: "visits.json" } }],
  "invalid-date": [{ params: { text: "2023-02-29" } }],
  "invalid-day": [{ params: {}, input: "2023-02-29" }, { params: {} }],
  "unknown-event": [{ params: { event: "summit" } }],
  "ambiguous-event": [{ params: { event: "2024", count: 2 } }, { params: { event: "2024", count: 5 } }],
  "reversed-window": [{ params: { since: "2024-01-01", until: "2020-12-31" } }],
  "needs-ordinal-or-count": [{ params: {} }],
  "both-ordinal-and-count": [{ params: {} }],
  "not-an-ordinal": [{ params: { text: "5 km", unit: "km" } }],
  "not-a-count": [{ params: { text: "5 km", unit: "km" } }],
};

// What is left once quoted text (input, field names, codes) is taken out: «…» (uk, ru), “…” (zh), "…".
const unquoted = (text: string): string => text.replace(/«[^»]*»/g, "").replace(/“[^”]*”/g, "").replace(/"[^"]*"/g, "");

const LOCALES = { uk, ru, zh } as const;

describe("issue catalogues cover every code", () => {
  const codes = Object.keys(en);

  it("lists the relation and timeline codes and zod's", () => {
    for (const code of ["invalid_type", "too_small", "too_big", "invalid_format", "unrecognized_keys", "invalid_union", "invalid_value", "custom", "unknown-fields", "invalid-date", "not-a-relation"])
      expect(codes).toContain(code);
  });

  it("has sample params for every code", () => {
    expect(codes.filter((code) => SAMPLES[code] === undefined)).toEqual([]);
  });

  describe.each(Object.entries(LOCALES))("%s", (_, catalogue) => {
    it("has its own renderer for every English code", () => {
      expect(codes.filter((code) => !Object.hasOwn(catalogue, code))).toEqual([]);
    });

    it.each(codes)("words %s with no Latin word outside quotes", (code) => {
      for (const sample of SAMPLES[code] ?? []) {
        const text = catalogue[code]!(sample.params, sample.input);
        expect(text.length).toBeGreaterThan(0);
        expect(text).not.toBe(en[code]!(sample.params, sample.input));
        expect(unquoted(text), text).not.toMatch(/[A-Za-z]/);
      }
    });
  });

  it("agrees nouns with counts in Ukrainian and Russian", () => {
    expect([1, 3, 25].map((count) => uk["more-issues"]!({ count }, undefined))).toEqual(["і ще 1 проблема", "і ще 3 проблеми", "і ще 25 проблем"]);
    expect([1, 3, 25].map((count) => ru["more-issues"]!({ count }, undefined))).toEqual(["и ещё 1 проблема", "и ещё 3 проблемы", "и ещё 25 проблем"]);
    expect(zh["more-issues"]!({ count: 3 }, undefined)).toBe("另有3个问题");
  });
});

const thrown = (run: () => unknown): DiscrepancyIssue => {
  try {
    run();
  } catch (error) {
    if (error instanceof DiscrepancyError) return error.issues[0]!;
    throw error;
  }
  throw new Error("expected a DiscrepancyError");
};

const visits = { events: [{ date: "2013-09-07" }, { date: "2015-05-07" }] };

describe("relation and timeline misuse is coded", () => {
  it.each([
    ["a misspelt operand", () => checkRelation({ kind: "sum", parts: ["1 km"], totl: "2 km" } as never), "unknown-fields", relationMessages.unknownFields(["totl"]), "невідоме поле «totl»"],
    ["an unknown kind", () => checkRelation({ kind: "ratio" } as never), "unknown-relation-kind", relationMessages.unknownKind("ratio"), "невідомий вид співвідношення «ratio»"],
    ["a percent slot given km", () => checkRelation({ kind: "share", part: "1 km", whole: "2 km", share: "5 km" }), "not-a-percent", relationMessages.notPercent("5 km", "km"), "очікується відсоток"],
    ["an impossible date", () => checkOrdinal({ ordinal: "fifth", event: "2023-02-29" }, visits), "invalid-date", relationMessages.badDate("2023-02-29"), "неправильна дата"],
    ["an unknown event", () => checkOrdinal({ ordinal: "fifth", event: "summit" }, visits), "unknown-event", relationMessages.unknownEvent("summit"), "немає події з назвою «summit»"],
    ["an impossible event date in the timeline", () => checkOrdinal({ ordinal: "fifth", event: "2015-05-07" }, { events: [{ date: "2015-02-30" }] }), "invalid-day", 'not a valid ISO date (YYYY-MM-DD): "2015-02-30"', "неправильна дата (очікується РРРР-ММ-ДД): «2015-02-30»"],
    ["both ordinal and count", () => checkOrdinal({ ordinal: "fifth", count: 3, event: "2015-05-07" }, visits), "both-ordinal-and-count", relationMessages.bothOrdinalAndCount, "але не обидва"],
  ])("%s has its own code, the same English, and Ukrainian words", (_, run, code, english, ukrainian) => {
    const issue = thrown(run);
    expect(issue.code).toBe(code);
    expect(issue.message).toBe(english);
    expect(formatIssue(issue)).toBe(english);
    expect(formatIssue(issue, { locale: "uk" })).toContain(ukrainian);
    expect(unquoted(formatIssue(issue, { locale: "ru" }))).not.toMatch(/[A-Za-z]/);
    expect(unquoted(formatIssue(issue, { locale: "zh" }))).not.toMatch(/[A-Za-z]/);
  });
});

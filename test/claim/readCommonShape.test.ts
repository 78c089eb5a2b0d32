import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCommonShape } from "../../src/claim/readCommonShape.js";
import { ClaimInputSchema } from "../../src/claim/schema.js";

/** What zod gives, as JSON (key order included) — or undefined when zod refuses the input. */
const zodJSON = (input: object): string | undefined => {
  const parsed = ClaimInputSchema.safeParse(input);
  return parsed.success ? JSON.stringify(parsed.data) : undefined;
};

const base = { metric: "trade turnover", value: "$41 billion", source: "MFA" };

describe("readCommonShape", () => {
  it.each([
    ["the three required fields", base],
    ["text trimmed as zod trims it", { ...base, metric: "  trade turnover ", subject: [" China", "Kazakhstan "], period: " 2023 ", source: "  MFA  " }],
    [
      "every common field, keys in any order",
      {
        quote: "reached $41 billion",
        reportedBy: { lang: "en", publishedAt: "2024-12", url: "https://example.org/a", author: " A. Writer ", name: "Xinhua" },
        source: { country: "CN", type: "government", name: "MFA" },
        modality: "estimate",
        period: "2023",
        unit: "USD",
        value: { text: "41 billion dollars", noun: "", bound: "rounded", unit: "USD", scale: "billion", amount: "41" },
        qualifiers: { scope: "goods", basis: "" },
        direction: true,
        subject: "China",
        metric: "trade turnover",
        id: "cn-2023",
      },
    ],
  ])("%s: zod's data, key for key and in zod's order", (_, input) => {
    const fast = readCommonShape(input);
    expect(fast).toBeDefined();
    expect(JSON.stringify(fast)).toBe(zodJSON(input));
    expect(fast).toStrictEqual(ClaimInputSchema.parse(input));
  });

  it.each([
    ["a numeric value", { ...base, value: 41 }],
    ["a numeric scale", { ...base, value: { amount: "41", scale: 9 } }],
    ["bounds as low and high", { ...base, value: { amount: "41", low: "40", high: "42" } }],
    ["a source via others", { ...base, source: { name: "Reuters", via: ["MFA"] } }],
    ["meta", { ...base, meta: { row: 4 } }],
    ["a key set to undefined", { ...base, period: undefined }],
    ["an unknown key", { ...base, colour: "red" }],
    ["an empty metric", { ...base, metric: "   " }],
    ["a reserved qualifier key", { ...base, qualifiers: JSON.parse('{"__proto__": "x"}') as Record<string, string> }],
    ["a class instance", Object.assign(Object.create({ inherited: true }) as object, base)],
    ["an amount that is no decimal", { ...base, value: { amount: "4l" } }],
    ["a lower-case modality that does not exist", { ...base, modality: "Actual" }],
  ])("leaves %s to zod", (_, input) => {
    expect(readCommonShape(input)).toBeUndefined();
  });

  // Each field valid, invalid, rare or missing, so every branch of both readers is reached.
  const textish = fc.oneof(
    fc.constantFrom("x", "  padded  ", "", "   ", "ünïcödé 41", "a".repeat(200), "a".repeat(201), "a".repeat(300), "a".repeat(301), " ".repeat(3) + "a".repeat(200)),
    fc.string({ maxLength: 12 }),
    fc.constantFrom(0, 1.5, null, true, [], {}),
  );
  const amount = fc.oneof(fc.constantFrom("41", "-0.5", ".5", "5.", "1e3", "", "4l", "1".repeat(40), "1".repeat(41)), fc.integer(), fc.double());
  const value = fc.oneof(
    textish,
    fc.record(
      {
        amount,
        scale: fc.constantFrom("billion", "one", "kilo", 9, "toString"),
        unit: fc.constantFrom("USD", "", "a".repeat(21), 5),
        bound: fc.constantFrom("rounded", "exact", "about"),
        noun: fc.constantFrom("agreements", "a".repeat(201)),
        text: fc.constantFrom("41 bn", 7),
        low: fc.constantFrom("40"),
      },
      { requiredKeys: [] },
    ),
  );
  const source = fc.oneof(
    textish,
    fc.record(
      {
        name: textish,
        type: fc.constantFrom("government", "media", "alien"),
        country: fc.constantFrom("KZ", "kz", "KAZ", "K1", 7),
        via: fc.constantFrom(["x"]),
      },
      { requiredKeys: [] },
    ),
  );
  const reportedBy = fc.oneof(
    fc.constantFrom(null, "Xinhua"),
    fc.record(
      {
        name: textish,
        author: textish,
        url: fc.constantFrom("https://example.org", "", "a".repeat(2001)),
        publishedAt: fc.constantFrom("2024", "2024-12", "2024-12-05", "24-12", "2024-1", "2024-02-30", "2023-13", "0000"),
        lang: fc.constantFrom("en", "zho", "e", "engl", "e1"),
      },
      { requiredKeys: [] },
    ),
  );
  // Mostly valid fields (so zod accepts often), now and then anything above; rare keys now and then.
  const mostly = <T, U>(good: fc.Arbitrary<T>, any: fc.Arbitrary<U>) => fc.oneof({ arbitrary: good, weight: 5 }, { arbitrary: any, weight: 1 });
  const fields = fc.record(
    {
      id: mostly(fc.constantFrom("cn-2023", " id "), textish),
      metric: mostly(fc.constantFrom("population", " trade "), textish),
      subject: mostly(fc.constantFrom("China", [" China", "Kazakhstan"]), fc.oneof(textish, fc.array(textish, { maxLength: 3 }), fc.constant(Array.from({ length: 51 }, () => "x")))),
      direction: fc.constantFrom(true, false, "yes"),
      qualifiers: mostly(fc.constant({ scope: "goods" }), fc.oneof(fc.dictionary(fc.constantFrom("scope", "basis", "", "constructor", "k".repeat(101)), fc.oneof(fc.string({ maxLength: 5 }), fc.constant(5))), fc.constant([]))),
      value: mostly(fc.constantFrom("$41 billion", { amount: "41", scale: "billion", unit: "USD" }), value),
      unit: fc.constantFrom("USD", "", "a".repeat(21)),
      period: mostly(fc.constantFrom("2023", " 2023-Q3 "), textish),
      modality: fc.constantFrom("actual", "forecast", "rumour"),
      source: mostly(fc.constantFrom("MFA", { name: "MFA", type: "government", country: "CN" }), source),
      reportedBy: mostly(fc.constant({ name: "Xinhua", publishedAt: "2024-12", lang: "en" }), reportedBy),
      quote: mostly(fc.string({ maxLength: 5 }), fc.constant("q".repeat(20_001))),
    },
    { requiredKeys: [] },
  );
  const rare = fc.oneof({ arbitrary: fc.constant({}), weight: 8 }, { arbitrary: fc.constantFrom({ meta: { a: 1 } }, { extra: 1 }, { period: undefined }), weight: 1 });
  const input = fc.tuple(fields, rare).map(([f, r]) => ({ ...f, ...r }));

  it("agrees with zod on every input it reads, and reads most valid ones (property)", () => {
    let read = 0;
    let valid = 0;
    fc.assert(
      fc.property(input, (x) => {
        const fast = readCommonShape(x);
        const slow = zodJSON(x);
        if (slow !== undefined) valid++;
        if (fast === undefined) return;
        read++;
        expect(slow).toBeDefined();
        expect(JSON.stringify(fast)).toBe(slow);
        expect(fast).toStrictEqual(ClaimInputSchema.parse(x));
      }),
      { numRuns: 20_000 },
    );
    // Not a check that passes by reading nothing: most inputs zod accepts carry no rare field.
    expect(valid).toBeGreaterThan(100);
    expect(read).toBeGreaterThan(valid / 2);
  });
});

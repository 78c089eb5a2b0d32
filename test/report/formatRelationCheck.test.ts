import { describe, expect, it } from "vitest";
import { quantity } from "../../src/quantity/quantity.js";
import { checkRelation } from "../../src/relations/checkRelation.js";
import { formatRelationCheck } from "../../src/report/formatRelationCheck.js";
import type { Relation } from "../../src/relations/types.js";

const bn = (amount: string) => quantity({ amount, scale: "billion", unit: "USD", text: `$${amount} billion` });
const pct = (amount: string) => quantity({ amount, unit: "%", text: `${amount}%` });
const km = (amount: string, bound?: "moreThan") => quantity({ amount, unit: "km", text: `${amount} km`, ...(bound ? { bound } : {}) });
const mi = (amount: string) => quantity({ amount, unit: "mi", text: `${amount} miles` });

describe("formatRelationCheck", () => {
  it.each<[Relation, string]>([
    [
      { kind: "percent-change", to: bn("1.8"), rate: pct("16") },
      'Percent change: given to "$1.8 billion", rate "16%", from must be 1.502–1.602 billion USD.',
    ],
    [
      { kind: "share", part: bn("9.2"), share: pct("3.5") },
      'Share of a whole: given part "$9.2 billion", share "3.5%", whole must be 257–269 billion USD.',
    ],
    [
      { kind: "conversion", values: [km("1700"), mi("1056")] },
      'Unit conversion: from values[0] "1700 km", values[1] is 1025–1088 mi; the stated "1056 miles" agrees.',
    ],
    [
      { kind: "conversion", values: [mi("1056"), km("1700", "moreThan")] },
      'Unit conversion: from values[0] "1056 miles", values[1] is 1698.6–1700.3 km; the stated "1700 km" agrees, but only thanks to rounding or bound words.',
    ],
    [
      { kind: "difference", a: bn("31"), b: bn("24"), difference: bn("2") },
      'Difference: from a "$31 billion", b "$24 billion", difference is 6–8 billion USD, but it is stated as "$2 billion", at least 3.5 billion USD away.',
    ],
    [
      { kind: "sum", parts: [pct("31"), pct("31"), pct("17"), pct("3.5")] },
      'Sum of parts: parts[0] "31%", parts[1] "31%", parts[2] "17%", parts[3] "3.5%" add up to 80.95–84.05 %, within 100 %; 15.95–19.05 % is left for the rest.',
    ],
    [
      { kind: "sum", parts: [pct("61"), pct("31"), pct("17")] },
      'Sum of parts: parts[0] "61%", parts[1] "31%", parts[2] "17%" add up to 107.5–110.5 %, more than the whole by at least 7.5 %.',
    ],
  ])("%j", (relation, sentence) => {
    expect(formatRelationCheck(checkRelation(relation))).toBe(sentence);
  });
});

describe("formatRelationCheck and formatOrdinalCheck in other locales", () => {
  it.each([
    ["uk", "Частка від цілого: якщо частина — «$9.2 billion», частка — «3.5%», то ціле має становити 257–269 млрд дол. США."],
    ["ru", "Доля от целого: если часть — «$9.2 billion», доля — «3.5%», то целое по расчёту составляет 257–269 млрд долл. США."],
    ["zh", "占整体的份额：若部分为“$9.2 billion”，份额为“3.5%”，则整体应为2577—2682亿美元。"],
  ] as const)("%s", (locale, sentence) => {
    expect(formatRelationCheck(checkRelation({ kind: "share", part: "$9.2 billion", share: "3.5%" }), { locale })).toBe(sentence);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claim } from "../../src/claim/claim.js";
import { compare } from "../../src/compare/compare.js";
import { Decimal } from "../../src/decimal.js";
import { extractQuantities } from "../../src/extract/extractQuantities.js";
import { parseQuantity } from "../../src/quantity/parseQuantity.js";
import { quantity } from "../../src/quantity/quantity.js";
import { conversionFactor, convertQuantity } from "../../src/quantity/convert.js";
import { getUnit } from "../../src/units/registry.js";

// Issue 15: per mille, basis points, mass and volume multiples, pressure, durations and temperatures
// were read as counts (or, for "48 °F", refused).

const read = (text: string) => {
  const q = parseQuantity(text);
  return [q.value.toString(), q.unit, q.low?.toString() ?? null, q.high?.toString() ?? null];
};

describe("units that were read as counts", () => {
  it.each([
    ["5‰", "0.5", "%", "0.45", "0.55"],
    ["5‱", "0.05", "%", "0.045", "0.055"],
    ["45 basis points", "0.45", "pp", "0.445", "0.455"],
    ["45 bps", "0.45", "pp", "0.445", "0.455"],
    ["45 bp", "0.45", "pp", "0.445", "0.455"],
    ["10 Mt", "10", "Mt", "9", "11"],
    ["250 kt", "250", "kt", "245", "255"],
    ["5 bcm", "5000000000", "m3", "4500000000", "5500000000"],
    ["5 per mille", "0.5", "%", "0.45", "0.55"],
    ["3 проміле", "0.3", "%", "0.25", "0.35"],
    ["25bp", "0.25", "pp", "0.245", "0.255"],
    ["5 kW·h", "5", "kWh", "4.5", "5.5"],
    ["29.92 in. Hg", "29.92", "inHg", "29.915", "29.925"],
    ["12 seconds", "12", "s", "11.5", "12.5"],
    ["9.8 s", "9.8", "s", "9.75", "9.85"],
    ["5 ppm", "0.0005", "%", "0.00045", "0.00055"],
    ["420 parts per million", "0.042", "%", "0.0415", "0.0425"],
    ["10 Mtoe", "10", "Mtoe", "9", "11"],
    ["48 ºF", "48", "°F", "47.5", "48.5"],
    ["20˚C", "20", "°C", "19.5", "20.5"],
    ["3 суток", "3", "d", "2.5", "3.5"],
    ["120 kPa", "120", "kPa", "115", "125"],
    ["36,6 °С", "36.6", "°C", "36.55", "36.65"],
    ["-3.5 °C", "-3.5", "°C", "-3.55", "-3.45"],
    ["1,013 hPa", "1013", "hPa", "1012.5", "1013.5"],
    ["1013 mbar", "1013", "mbar", "1012.5", "1013.5"],
    ["29.92 inHg", "29.92", "inHg", "29.915", "29.925"],
    ["760 mmHg", "760", "mmHg", "755", "765"],
    ["45 minutes", "45", "min", "44.5", "45.5"],
    ["34.4 hours", "34.4", "h", "34.35", "34.45"],
    ["3 days", "3", "d", "2.5", "3.5"],
    ["2 weeks", "2", "wk", "1.5", "2.5"],
    ["90 min", "90", "min", "85", "95"],
    ["24 h", "24", "h", "23.5", "24.5"],
    ["48 °F", "48", "°F", "47.5", "48.5"],
    ["20 °C", "20", "°C", "19.5", "20.5"],
    ["20°C", "20", "°C", "19.5", "20.5"],
    ["20 ℃", "20", "°C", "19.5", "20.5"],
    ["-5 °C", "-5", "°C", "-5.5", "-4.5"],
    ["about 20 °C", "20", "°C", "19", "21"],
    ["300 kelvin", "300", "K", "299.5", "300.5"],
    ["45 хвилин", "45", "min", "44.5", "45.5"],
    ["3 години", "3", "h", "2.5", "3.5"],
    ["3 дні", "3", "d", "2.5", "3.5"],
    ["2 тижні", "2", "wk", "1.5", "2.5"],
    ["45 минут", "45", "min", "44.5", "45.5"],
    // Cyrillic symbols and words of the watt family beyond k/M/G, and the Russian "ч" (hours), were counts.
    ["5 ТВт", "5", "TW", "4.5", "5.5"],
    ["5 ТВт·год", "5", "TWh", "4.5", "5.5"],
    ["2 ТВт·ч", "2", "TWh", "1.5", "2.5"],
    ["100 Вт", "100", "W", "90", "110"],
    ["2 Гт", "2", "Gt", "1.5", "2.5"],
    ["3 мегавата", "3", "MW", "2.5", "3.5"],
    ["3 гігавати", "3", "GW", "2.5", "3.5"],
    ["3 гигаватт", "3", "GW", "2.5", "3.5"],
    ["5 тераватт-часов", "5", "TWh", "4.5", "5.5"],
    ["200 кіловат-годин", "200", "kWh", "180", "220"],
    ["12 ч", "12", "h", "11.5", "12.5"],
    ["3 часа", "3", "h", "2.5", "3.5"],
    ["3 дня", "3", "d", "2.5", "3.5"],
    ["2 недели", "2", "wk", "1.5", "2.5"],
    ["45分钟", "45", "min", "44.5", "45.5"],
    ["3小时", "3", "h", "2.5", "3.5"],
    ["3天", "3", "d", "2.5", "3.5"],
    ["20 градусів Цельсія", "20", "°C", "19.5", "20.5"],
    ["25 градусов по Цельсию", "25", "°C", "24.5", "25.5"],
    ["20摄氏度", "20", "°C", "19.5", "20.5"],
    ["1013 гПа", "1013", "hPa", "1012.5", "1013.5"],
    ["760 мм рт. ст.", "760", "mmHg", "755", "765"],
    ["45 базисних пунктів", "0.45", "pp", "0.445", "0.455"],
    ["45个基点", "0.45", "pp", "0.445", "0.455"],
    ["5 млрд куб. м", "5000000000", "m3", "4500000000", "5500000000"],
    ["5 млрд м3", "5000000000", "m3", "4500000000", "5500000000"],
    ["5 млрд кубів", "5000000000", "m3", "4500000000", "5500000000"],
    ["5 млрд куб м", "5000000000", "m3", "4500000000", "5500000000"],
    ["5亿立方米", "500000000", "m3", "450000000", "550000000"],
  ])("%s is %s %s", (text, value, unit, low, high) => {
    expect(read(text)).toEqual([value, unit, low, high]);
  });

  it.each(["1990s", "10s of thousands", "5s"])("%s: no seconds (a symbol that counts only standing apart)", (text) => {
    expect(() => parseQuantity(text)).toThrow();
    expect(extractQuantities(`In the ${text} they ran.`).filter((m) => m.quantity.unit === "s")).toEqual([]);
  });

  it.each(["300 K", "35 C", "95 F"])("%s: a thousand or kelvins, degrees or a grade? Not read", (text) => {
    expect(() => parseQuantity(text)).toThrow();
    expect(extractQuantities(`It was ${text} outside.`)).toEqual([]);
  });

  it.each([
    ["Mt", "t", "1000000"],
    ["kt", "t", "1000"],
    ["Gt", "Mt", "1000"],
    ["ML", "m3", "1000"],
    ["GL", "ML", "1000"],
    ["hPa", "Pa", "100"],
    ["mbar", "hPa", "1"],
    ["bar", "mbar", "1000"],
    ["atm", "Pa", "101325"],
    ["mmHg", "Pa", "133.322387415"],
    ["inHg", "Pa", "3386.388640341"],
    ["inHg", "mmHg", "25.4"],
    ["min", "s", "60"],
    ["h", "min", "60"],
    ["d", "h", "24"],
    ["wk", "d", "7"],
    ["mW", "W", "0.001"],
    ["toe", "GJ", "41.868"],
    ["Mtoe", "ktoe", "1000"],
  ])("1 %s is exactly %s %s", (from, to, factor) => {
    const f = conversionFactor(from, to);
    expect(f.plus).toBeUndefined();
    expect(f.times.div(f.over).toString()).toBe(factor);
  });

  it.each([
    ["20 °C", "°F", "68", "67.1", "68.9"],
    ["20 °C", "K", "293.15", "292.65", "293.65"],
    ["68 °F", "°C", "20", "19.7222222222222222222222222222222222222222222222222222222222", "20.2777777777777777777777777777777777777777777777777777777778"],
    ["-40 °C", "°F", "-40", "-40.9", "-39.1"],
    ["0 °C", "K", "273.15", "272.65", "273.65"],
    ["20–25 °C", "°F", "72.5", "68", "77"],
  ])("%s in %s is %s (%s–%s): affine, endpoint by endpoint", (text, unit, value, low, high) => {
    const q = convertQuantity(parseQuantity(text), unit);
    expect([q.value.toString(), q.low?.toString(), q.high?.toString()]).toEqual([value, low, high]);
  });

  it("a round trip through an offset that cancels most of the value is exact: -0.0003 °F → °C → °F", () => {
    const q = quantity({ amount: "-0.0003", unit: "°F", bound: "exact" });
    expect(convertQuantity(convertQuantity(q, "°C"), "°F").value.toString()).toBe("-0.0003");
    expect(convertQuantity(convertQuantity(q, "K"), "°F").value.toString()).toBe("-0.0003");
  });

  it("°F = °C × 9/5 + 32 exactly, and back", () => {
    fc.assert(
      fc.property(fc.integer({ min: -500000, max: 500000 }), fc.integer({ min: 0, max: 3 }), (n, places) => {
        const celsius = new Decimal(n).div(new Decimal(10).pow(places));
        const q = quantity({ amount: celsius.toFixed(), unit: "°C", bound: "exact" });
        const f = convertQuantity(q, "°F");
        expect(f.value.eq(celsius.times(9).div(5).plus(32))).toBe(true);
        expect(convertQuantity(f, "°C").value.eq(celsius)).toBe(true);
        expect(convertQuantity(convertQuantity(q, "K"), "°C").value.eq(celsius)).toBe(true);
        expect(convertQuantity(convertQuantity(f, "K"), "°F").value.eq(f.value)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  const pair = (a: string, b: string) =>
    compare(claim({ metric: "m", source: "A", value: a, period: "2023" }), claim({ metric: "m", source: "B", value: b, period: "2023" }));

  it.each([
    ["20 °C", "68 °F", "consistent"],
    ["20 °C", "293.15 kelvin", "consistent"],
    ["68 °F", "293.15 kelvin", "consistent"],
    ["20 °C", "70 °F", "conflict"],
    ["1,013 hPa", "29.91 inHg", "consistent"],
    ["1013 mbar", "760 mmHg", "consistent"],
    ["5‰", "0.5%", "consistent"],
    ["45 bp", "0.45 pp", "consistent"],
    ["2 hours", "120 minutes", "consistent"],
    ["3 days", "72 hours", "consistent"],
    ["10 Mt", "10 million tonnes", "consistent"],
    ["5 bcm", "5 billion cubic metres", "consistent"],
    ["10 ML", "10 mL", "conflict"],
    ["5 MW", "5 mW", "conflict"],
  ])("%s vs %s: %s", (a, b, verdict) => {
    expect(pair(a, b).verdict).toBe(verdict);
    expect(pair(b, a).verdict).toBe(verdict);
  });

  it("temperatures meet on an absolute scale, so a ratio means the same whatever the scale", () => {
    const c = pair("20 °C", "30 °C");
    expect(c.verdict).toBe("conflict");
    // Shown in the scale written; the ratio is that of kelvins (303.15 / 293.15), not 30 / 20.
    expect(c.sides.map((s) => `${s.value.toString()} ${s.unit}`)).toEqual(["20 °C", "30 °C"]);
    expect([c.gap?.absolute.toString(), c.gap?.unit]).toEqual(["10", "°C"]);
    expect(c.gap?.ratio?.toFixed(6)).toBe(new Decimal("303.15").div("293.15").toFixed(6));
    const f = pair("68 °F", "86 °F");
    expect(f.sides.map((s) => `${s.value.toString()} ${s.unit}`)).toEqual(["68 °F", "86 °F"]);
    expect(f.gap?.ratio?.toFixed(6)).toBe(c.gap?.ratio?.toFixed(6));
    expect(c.explanations.map((e) => e.code)).toEqual(f.explanations.map((e) => e.code));
    // Across scales, shown in °F (the degree of the Rankine scale they meet on).
    const mixed = pair("20 °C", "70 °F");
    expect(mixed.sides.map((s) => `${s.value.toString()} ${s.unit}`)).toEqual(["68 °F", "70 °F"]);
    expect([mixed.gap?.absolute.toString(), mixed.gap?.unit]).toEqual(["2", "°F"]);
    expect(mixed.explanations.map((e) => e.code)).not.toContain("approximation");
  });

  it("every temperature unit is affine, every other unit linear", () => {
    for (const code of ["K", "°C", "°F", "°R"]) expect(getUnit(code)?.dimension).toBe("temperature");
    expect(getUnit("°C")?.offset?.toString()).toBe("491.67");
    expect(getUnit("Pa")?.offset).toBeUndefined();
  });
});

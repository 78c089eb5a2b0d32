import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanQuantities } from "../../src/quantity/scan.js";
import { toQuantityJSON } from "../../src/quantity/toQuantityJSON.js";
import { perCharRatio } from "../timing.js";

const seed = (name: string): string => readFileSync(new URL(`../../../shared/seeds/${name}`, import.meta.url), "utf8");
const spans = (text: string, options?: Parameters<typeof scanQuantities>[1]) =>
  scanQuantities(text, options).map((m) => text.slice(m.start, m.end));

describe("scanQuantities", () => {
  it("finds the English article's figures with bound words inside the span", () => {
    const found = spans(seed("000_9453fef2b2b5972f.txt"));
    expect(found).toEqual(
      expect.arrayContaining(["over 70", "70", "more than $15 billion", "10 million tons", "2–3 million", "$650 million", "third"]),
    );
  });

  it("finds the Ukrainian article's figures", () => {
    const text = seed("001_2fcb5681b735ea60.txt");
    const found = spans(text);
    expect(found).toEqual(expect.arrayContaining(["понад 70", "$650 млн", "10 млн тонн", "2-3 млн", "понад 15 млрд доларів", "третім"]));
    // "виросте до 10 млн тонн" is "will grow to", so "до" is no bound there.
    expect(found).not.toContain("до 10 млн тонн");
  });

  it("reads 'до' as 'up to' where no verb of change precedes it", () => {
    const [m] = scanQuantities("планують експортувати до 6 млн тонн");
    expect(m && toQuantityJSON(m.quantity)).toMatchObject({ bound: "atMost", high: "6000000", unit: "t" });
  });

  it("gives UTF-16 offsets with an exclusive end", () => {
    const text = "Trade 💹 exceeding $41 billion.";
    const [m] = scanQuantities(text);
    expect(m).toBeDefined();
    expect(text.slice(m?.start, m?.end)).toBe("exceeding $41 billion");
    expect(m?.start).toBe(9);
  });

  it("reads every figure of the other seed articles", () => {
    const two = spans(seed("002_be52d52dbd42fc88.txt"));
    expect(two).toEqual(
      expect.arrayContaining([
        "$41 billion", "$31.5 billion", "fifth", "24th", "45", "$14.5 billion", "16%", "$1.8 billion", "$9.2 billion",
        "3.5%", "30", "$16.54 billion", "eight", "$2.5 billion", "31 per cent", "17 per cent", "3.5 per cent",
      ]),
    );
    expect(spans(seed("003_56873b67db2e050e.txt"))).toEqual(
      expect.arrayContaining(["exceeding $41 billion", "more than 1,700 kilometers", "1,056 miles", "about US$7 billion"]),
    );
    expect(spans(seed("004_81627ce0333f9068.txt"))).toEqual(
      expect.arrayContaining(["$24 billion", "$2 billion", "$40 billion", "over $31 billion", "1.5 million tonnes", "up to 6 million tonnes"]),
    );
  });

  it("tells the language of each mention by its words when none is given", () => {
    const langs = scanQuantities("$650 млн; понад 70; 410亿美元; over 70").map((m) => m.lang);
    expect(langs).toEqual(["ru", "uk", "zh", "en"]);
    expect(scanQuantities("понад 70", { lang: "ru" })[0]?.lang).toBe("ru");
  });

  it("skips identifiers, dates and times", () => {
    expect(spans("COVID-19, A380, 5G, B-52, 2024-01-15, 15/01/2024, 10:30, v2")).toEqual([]);
  });

  it("does not cross a line break", () => {
    expect(spans("70\n-\n3 million")).toEqual(["70", "3 million"]);
  });

  it("keeps mentions apart when their units differ", () => {
    expect(spans("a 16% increase to $1.8 billion")).toEqual(["16%", "$1.8 billion"]);
    expect(spans("1,700 kilometers (1,056 miles)")).toEqual(["1,700 kilometers", "1,056 miles"]);
  });

  it("reads mixed Chinese text", () => {
    expect(spans("2023年中哈贸易额达410亿美元，同比增长32%。")).toEqual(["2023", "410亿美元", "32%"]);
  });

  it("returns frozen matches in order, without overlaps", () => {
    const found = scanQuantities(seed("002_be52d52dbd42fc88.txt"));
    expect(Object.isFrozen(found)).toBe(true);
    for (let i = 1; i < found.length; i++) expect(found[i]?.start).toBeGreaterThanOrEqual(found[i - 1]?.end ?? 0);
  });

  it("never throws and keeps spans inside the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom(undefined, "en", "uk", "ru", "zh" as const), (text, lang) => {
        const found = scanQuantities(text, lang === undefined ? undefined : { lang });
        return found.every((m) => m.start >= 0 && m.end <= text.length && m.start < m.end);
      }),
      { numRuns: 3000 },
    );
  });

  it("never throws on text built from its own vocabulary", () => {
    const word = fc.constantFrom(
      "$", "US$", "1,700", "31,5", "2", "–", "-", "3", "million", "млн", "понад", "over", "亿", "美元", "多", "第", "五", "十",
      "%", "tons", "between", "and", "від", "до", ".", "e5", "a", "one", "hundred", "二〇", "\n", "twenty", "-й", "th", "点",
      "百分之", "or more", "+", "виросте", "1 000", "\u00a0", "йде", "cents", "½", "/", "4", "half", "quarter", "ft", "in",
      "(", "kg", ")", "MUSD", "т. р.", "块", "毛", "零", "kph", "и", "43", "dollars", ", 38", "12,34,567", "半",
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.array(fc.constantFrom(" ", ""), { maxLength: 30 }), (words, gaps) => {
        const text = words.map((w, i) => w + (gaps[i] ?? " ")).join("");
        scanQuantities(text);
        return true;
      }),
      { numRuns: 3000 },
    );
  });
});

describe("scanQuantities is linear", () => {
  const adversarial = (size: number): string => {
    const pieces = [
      "1,234,567,890,123,456,789,012,345,678,901,234,567 ",
      "million million billion млн млрд ",
      "$ $ $ US$ € ",
      "over over over more than more than ",
      "二〇二三二〇二三二〇二三二〇二三二〇二三二〇二三二〇二三二〇二三二〇二三二〇二三二〇二三 ",
      "一二三四五六七八九十百千万亿 ",
      "1 000 000 000 000 000 000 000 000 000 тонн ",
      "between 1 and between 2 and ",
      "twenty-twenty-twenty-twenty-",
      "a a a a million ",
      "від від від 2 до до ",
      "2–3–4–5–6 million ",
      "1.5e9e9 ",
      "понад понад 15 млрд млрд доларів ",
      "第第第五 ",
      "15 dollars 50 50 50 and 50 and ",
      "一块二二二零四毛八毛八 ",
      "half a half a quarter quarters ",
      "1/4/4/4 mile ",
      "5 ft 2 in 3 in 4 ft ",
      "(((kg))) [kg] ",
      "a dollar a cent a a ",
      "12,34,56,78,90,12,34,567 ",
    ];
    let text = "";
    let i = 0;
    while (text.length < size) text += pieces[i++ % pieces.length];
    return text;
  };

  it("scans 1 MB of adversarial text at most 5× slower per character than 10 KB", () => {
    expect(perCharRatio((text) => scanQuantities(text), adversarial(10_000), adversarial(1_000_000), 3)).toBeLessThan(5);
  });
});

import { describe, expect, it } from "vitest";
import { scanQuantities } from "../../src/quantity/scan.js";
import { perCharRatio } from "../timing.js";

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

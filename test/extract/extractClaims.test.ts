import { describe, expect, it } from "vitest";
import { extractClaims, findDiscrepancies, parseClaims, type Comparison, type ExtractedClaim } from "../../src/index.js";
import { EN_ARTICLE, TRADE_ARTICLE, UK_ARTICLE } from "../fixtures/articles.js";

const PUBLISHED = "2024-02-14";
const read = (text: string, publishedAt = PUBLISHED): readonly ExtractedClaim[] => extractClaims(text, { publishedAt }).claims;
const row = (c: ExtractedClaim) => ({
  text: c.mention.text,
  metric: c.claim.metric,
  subject: c.claim.subject,
  direction: c.claim.direction,
  period: c.input.period,
  modality: c.claim.modality,
  source: c.claim.source.name,
});

describe("extractClaims: what each claim is about", () => {
  it.each([
    // metric, subjects from two languages' case forms, the period beside the figure, attribution with a country
    [
      "According to Ukraine's State Statistics Service, exports from Ukraine to the EU reached $24.5 billion in 2023.",
      { text: "$24.5 billion", metric: "exports", subject: ["Ukraine", "European Union"], direction: true, period: "2023", modality: "actual", source: "Ukraine's State Statistics Service" },
    ],
    [
      "За даними Євростату, у 2023 році експорт з України до ЄС становив 20,1 млрд доларів.",
      { text: "20,1 млрд доларів", metric: "exports", subject: ["Україна", "Європейський Союз"], direction: true, period: "2023", modality: "actual", source: "Євростату" },
    ],
    [
      "По данным Росстата, население России составило 146 млн человек на 1 января 2024 года.",
      { text: "146 млн", metric: "population", subject: ["Россия"], direction: false, period: "на 1 января 2024 года", modality: "actual", source: "Росстата" },
    ],
    [
      "据中国海关统计，2023年中哈贸易额达410亿美元。",
      { text: "410亿美元", metric: "trade turnover", subject: ["中国", "哈萨克斯坦"], direction: false, period: "2023", modality: "actual", source: "中国海关" },
    ],
    // modality
    ["Kazakhstan aims to raise trade with China to $40 billion.", { text: "$40 billion", metric: "trade turnover", subject: ["China", "Kazakhstan"], direction: false, period: undefined, modality: "target", source: "unattributed" }],
    ["Trade between China and Kazakhstan is expected to reach $50 billion by 2030.", { text: "$50 billion", metric: "trade turnover", subject: ["China", "Kazakhstan"], direction: false, period: "2030", modality: "forecast", source: "unattributed" }],
    ["Товарообіг між Україною та ЄС планують збільшити до 80 млрд доларів.", { text: "80 млрд доларів", metric: "trade turnover", subject: ["Європейський Союз", "Україна"], direction: false, period: undefined, modality: "plan", source: "unattributed" }],
    ["预计2025年中哈贸易额将达到500亿美元。", { text: "500亿美元", metric: "trade turnover", subject: ["中国", "哈萨克斯坦"], direction: false, period: "2025", modality: "forecast", source: "unattributed" }],
    // direction from an adjective and a preposition; relative periods against the publication date
    ["Chinese investment in Kazakhstan reached $1.8 billion in 2023.", { text: "$1.8 billion", metric: "investment", subject: ["China", "Kazakhstan"], direction: true, period: "2023", modality: "actual", source: "unattributed" }],
    ["Торік товарообіг України з ЄС становив 60 млрд доларів.", { text: "60 млрд доларів", metric: "trade turnover", subject: ["Європейський Союз", "Україна"], direction: false, period: "2023", modality: "actual", source: "unattributed" }],
  ])("%s", (text, expected) => {
    const [first] = read(text);
    expect(first && row(first)).toEqual(expected);
  });

  it("counts back from the sentence's own period: 'a year earlier'", () => {
    const claims = read("Exports from Ukraine to Poland were $5 billion in 2023, against $4 billion a year earlier.");
    expect(claims.map((c) => [c.mention.text, c.input.period, c.origin.period])).toEqual([
      ["$5 billion", "2023", undefined],
      ["$4 billion", "2022", "previous-year"],
    ]);
  });

  it("gives a figure that continues an earlier one its metric, parties and period ('a lower figure')", () => {
    const text =
      "China and Kazakhstan opened embassies in 1992. According to China's foreign ministry, bilateral trade reached $41 billion in 2023. However, Kazakhstan's trade ministry reported a lower figure of $31.5 billion.";
    const claims = read(text);
    expect(claims.map((c) => [c.mention.text, c.claim.seriesKey, c.input.period, c.claim.source.name])).toEqual([
      ["$41 billion", "trade turnover|china,kazakhstan|", "2023", "China's foreign ministry"],
      ["$31.5 billion", "trade turnover|china,kazakhstan|", "2023", "Kazakhstan's trade ministry"],
    ]);
    expect(findDiscrepancies(claims.map((c) => c.claim)).summary.conflicts).toBe(1);
  });

  it("takes the unit of the amount a bare number is compared with, and the year of publication for 'the current'", () => {
    const claims = read("Kazakhstan expects grain exports to China to reach 10 million tonnes, against the current 2–3 million.", "2025-09-05");
    expect(claims.map((c) => [c.mention.text, c.claim.quantity.unit, c.input.period, c.claim.modality])).toEqual([
      ["10 million tonnes", "t", undefined, "forecast"],
      ["2–3 million", "t", "2025", "actual"],
    ]);
  });

  it("skips what it cannot read, with the reason", () => {
    const { claims, skipped } = extractClaims("For three years, nothing changed. Exports rose to $5 billion in 2023. It was a two-way street.", { publishedAt: PUBLISHED });
    expect(claims).toEqual([]);
    expect(skipped.map((s) => [s.mention.text, s.reason])).toEqual([
      ["three", "no-metric"],
      ["$5 billion", "no-subject"],
      ["two", "not-a-figure"],
    ]);
  });

  it("adds the caller's names and metrics", () => {
    const options = { publishedAt: PUBLISHED, aliases: { KMG: "KazMunayGas" }, metrics: { "oil output": ["oil output", "видобуток нафти"] } };
    const [c] = extractClaims("KMG raised oil output to 22 million tonnes in 2023.", options).claims;
    expect([c?.claim.metric, c?.claim.subject, c?.input.period]).toEqual(["oil output", ["KazMunayGas"], "2023"]);
  });

  it("refuses misused options, and never throws on text", () => {
    expect(() => extractClaims("x", {} as never)).toThrow(/publishedAt/);
    expect(() => extractClaims("x", { publishedAt: "yesterday" })).toThrow(/publishedAt/);
    expect(() => extractClaims("x", { publishedAt: PUBLISHED, lang: "de" as never })).toThrow(/lang/);
    for (const text of ["", "$", "。。。", "over over over 70", "\u0000\u202e$5 billion", "a".repeat(10_000), 42 as never])
      expect(() => extractClaims(text, { publishedAt: PUBLISHED })).not.toThrow();
  });

  it("writes claim input that `parseClaims` reads back to the same claims", () => {
    const claims = [...read(EN_ARTICLE, "2025-09-05"), ...read(UK_ARTICLE, "2025-09-05"), ...read(TRADE_ARTICLE, "2025-09-05")];
    expect(claims.length).toBeGreaterThan(10);
    const parsed = parseClaims(JSON.parse(JSON.stringify(claims.map((c) => c.input))));
    expect(parsed.issues).toEqual([]);
    expect(parsed.claims.map((c) => c.id)).toEqual(claims.map((c) => c.claim.id));
  });
});

/** The verdicts of the pairs across two texts' claims. */
const across = (a: string, b: string, publishedAt = PUBLISHED): Comparison[] => {
  const left = read(a, publishedAt).map((c) => c.claim);
  const right = read(b, publishedAt).map((c) => c.claim);
  const ids = new Set(left.map((c) => c.id));
  return findDiscrepancies([...left, ...right]).comparisons.filter((c) => c.claims.some((id) => ids.has(id)) && c.claims.some((id) => !ids.has(id)));
};

describe("extractClaims: pairs of articles in two languages, verdicts from text alone", () => {
  it("finds a real conflict across languages", () => {
    const pairs = across(
      "According to Ukraine's State Statistics Service, exports from Ukraine to the EU reached $24.5 billion in 2023.",
      "За даними Євростату, у 2023 році експорт з України до ЄС становив 20,1 млрд доларів.",
    );
    expect(pairs.map((c) => c.verdict)).toEqual(["conflict"]);
    const zh = across("据中国海关统计，2023年中哈贸易额达410亿美元。", "Kazakhstan's trade with China was $31.5 billion in 2023, the trade ministry said.");
    expect(zh.map((c) => c.verdict)).toEqual(["conflict"]);
  });

  it("does not compare a fiscal year with a calendar year", () => {
    const pairs = across("In FY2023-24, exports from India to Russia were $4.3 billion, the commerce ministry said.", "По данным ФТС, в 2023 году экспорт из Индии в Россию составил 3,9 млрд долларов.");
    expect(pairs.map((c) => [c.verdict, c.reasons])).toEqual([["not-comparable", ["different-period"]]]);
  });

  it("reads a count against a 'more than': consistent when above it, a conflict when not", () => {
    const en = "Kazakhstan and China signed more than 20 agreements in March 2024, officials said.";
    expect(across(en, "В марте 2024 года Казахстан и Китай подписали 25 соглашений.").map((c) => c.verdict)).toEqual(["consistent"]);
    expect(across(en, "У березні 2024 року Китай і Казахстан підписали 18 угод.").map((c) => c.verdict)).toEqual(["conflict"]);
  });

  it("agrees with itself across the English and Ukrainian reports of one visit", () => {
    const pairs = across(EN_ARTICLE, UK_ARTICLE, "2025-09-05");
    expect(pairs.filter((c) => c.verdict === "conflict")).toEqual([]);
    expect(pairs.filter((c) => c.verdict === "consistent").length).toBeGreaterThanOrEqual(3);
  });
});

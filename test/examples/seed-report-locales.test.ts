// The seed report in the reader's language: Ukrainian, Russian and Chinese reports say nothing in English
// but the names and figures quoted from the claims, and name their periods in their own words.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseClaims } from "../../src/claim/parseClaims.js";
import type { Claim } from "../../src/claim/types.js";
import { findDiscrepancies } from "../../src/compare/findDiscrepancies.js";
import { formatReport } from "../../src/report/formatReport.js";
import { resolveMetric } from "../../src/metric/resolveMetric.js";
import { uk } from "../../src/messages/uk/index.js";
import { ru } from "../../src/messages/ru/index.js";
import { zh } from "../../src/messages/zh/index.js";
import { TimelineSchema } from "../../src/timeline/schema.js";

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../examples/kazakhstan-china/${name}`, import.meta.url), "utf8"));
const { claims } = parseClaims(read("claims.json"));
const report = findDiscrepancies(claims, { relations: read("relations.json"), timeline: TimelineSchema.parse(read("timeline.json")) });
// No-break spaces (between groups of digits, before a unit) read as spaces here.
const text = (locale: "en" | "uk" | "ru" | "zh", format: "text" | "markdown" = "text") =>
  formatReport(report, { claims, locale, format }).replaceAll("\u00a0", " ");

/** Latin-letter words of a text. */
const latinWords = (s: string): string[] => s.match(/[A-Za-z]+/g) ?? [];

/**
 * Words the report may quote from the input: the names the claims give (sources, outlets, authors,
 * subjects, qualifier values, metrics the lexicon does not know), the figures as written, and the ids of
 * claims and relations. Not the claims' words for their periods, nor their quotes; not a metric the
 * lexicon knows (it has a name in every locale), nor a qualifier key the catalogues label.
 */
const quotedWords = (list: readonly Claim[]): Set<string> => {
  const words = new Set<string>();
  const add = (s: string | undefined) => {
    for (const w of latinWords(s ?? "")) words.add(w);
  };
  for (const c of list) {
    add(c.id);
    if (resolveMetric(c.metric) === undefined) add(c.metric);
    c.subject.forEach(add);
    for (const [k, v] of Object.entries(c.qualifiers)) {
      if (!labelledKeys.has(k)) add(k);
      add(v);
    }
    add(c.quantity.text);
    add(c.source.name);
    add(c.reportedBy?.name);
    add(c.reportedBy?.author);
  }
  const relations = read("relations.json") as { relations?: { id?: string }[]; ordinals?: { id?: string }[] };
  for (const r of [...(relations.relations ?? []), ...(relations.ordinals ?? [])]) add(r.id);
  return words;
};

/** Qualifier keys every non-English catalogue labels. */
const labelledKeys = new Set(Object.keys(uk.explain.qualifierKeys).filter((k) => k in ru.explain.qualifierKeys && k in zh.explain.qualifierKeys));

/** Metrics as the claims write them that the lexicon knows: `["trade turnover", "border length", …]`. */
const knownMetrics = [...new Set(claims.map((c) => c.metric).filter((m) => resolveMetric(m) !== undefined))];

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("the seed report in other languages", () => {
  const allowed = quotedWords(claims);

  it.each(["uk", "ru", "zh"] as const)("%s: no Latin-letter word but what the claims name", (locale) => {
    for (const format of ["text", "markdown"] as const) {
      // Markdown's line breaks inside a cell are markup, not words.
      const foreign = [...new Set(latinWords(text(locale, format).replaceAll("<br>", " ")).filter((w) => !allowed.has(w)))];
      expect([locale, format, foreign]).toEqual([locale, format, []]);
    }
  });

  it("the seed names known metrics, unknown ones, and labelled qualifier keys (the checks below bite)", () => {
    expect(knownMetrics).toEqual(expect.arrayContaining(["trade turnover", "agreements signed", "border length", "freight volume"]));
    expect(claims.some((c) => resolveMetric(c.metric) === undefined)).toBe(true);
    expect([...labelledKeys]).toEqual(expect.arrayContaining(["basis", "kind", "window", "format"]));
    // Words only known metrics and labelled keys use are not allowed: an untranslated title is caught.
    for (const w of ["volume", "basis", "kind", "window", "format"]) expect(allowed.has(w)).toBe(false);
  });

  it.each(["uk", "ru", "zh"] as const)("%s: a series whose metric the lexicon knows is named in the locale's words", (locale) => {
    for (const format of ["text", "markdown"] as const) {
      const out = text(locale, format);
      // A series title opens a line (after indentation, numbering or markup) or a table cell.
      const untranslated = knownMetrics.filter((m) => new RegExp(`(?:^|\\| )[ \\t\\d.#*]*${escapeRegExp(m)}(?: — |——|,|（| \\()`, "m").test(out));
      expect([locale, format, untranslated]).toEqual([locale, format, []]);
      const names = { uk, ru, zh }[locale].explain.metricNames;
      for (const m of knownMetrics) expect(out).toContain(names[resolveMetric(m) as string]);
    }
    // Unknown metrics stay as the claims write them.
    expect(text(locale)).toContain("value of agreements signed");
  });

  it("finds an English word the claims do not name (the scan itself works)", () => {
    expect(latinWords(text("en")).filter((w) => !allowed.has(w))).toContain("conflict");
  });

  it.each([
    ["uk", "листопад 2024 р."],
    ["ru", "ноябрь 2024 г."],
    ["zh", "2024年11月"],
  ] as const)("%s: the November 2024 group is labelled with the locale's month", (locale, label) => {
    expect(text(locale)).toContain(`  ${label}`);
    expect(text(locale)).not.toContain("2024-11");
  });

  it.each([
    ["uk", "9,5 млрд дол. США", "23,2 %", "2 розбіжності"],
    ["ru", "9,5 млрд долл. США", "23,2 %", "2 расхождения"],
    ["zh", "95亿美元", "23.2%", "2处分歧"],
  ] as const)("%s: numbers in the reader's convention", (locale, gap, share, plural) => {
    const out = text(locale);
    expect(out).toContain(gap);
    expect(out).toContain(share);
    expect(out).toContain(plural);
  });
});

// The whole seed report, relations and timelines included, in each locale; English as it always was.
describe("the seed report, word for word", () => {
  it("en", () => {
    expect(text("en")).toMatchInlineSnapshot(`
      "Discrepancy report: 53 claims in 31 series.
      24 comparisons: 12 consistent, 2 conflicts, 10 not comparable.

      Conflicts
      1. trade turnover — China & Kazakhstan, 2022
         · over $31 billion (Channon Heenan, 2022) and $24 billion (Channon Heenan, 2022) conflict.
           The gap is $7 billion, 22.6% of the larger figure; ratio 1.29.
           Most likely: systematic source gap — a similar gap in 2023 (ratio 1.30, CN above KZ): probably the same two reporting bases.
           Also possible: different basis — Channon Heenan gives both figures in one text, probably from two reporting bases.
           Ruled out: mirror statistics (the figures do not come from the two partners' own authorities); scale slip (ratio 1.29 is not near a thousand, million or billion); currency confusion (one currency, no exchange rate involved); period shift (no figure of a neighbouring period matches); rounding (the intervals are $6.5 billion apart, more than a rounding step of $1 billion); approximation (a gap of 22.6% exceeds ±10%).
         Reconciled by attributed range: $24–31 billion: both ends from Channon Heenan.
      2. trade turnover — China & Kazakhstan, 2023
         · $31.5 billion (Ministry of Trade and Integration of Kazakhstan, 2023) and $41 billion (Ministry of Foreign Affairs of China, 2023) conflict.
           The gap is $9.5 billion, 23.2% of the larger figure; ratio 1.30.
           Most likely: mirror statistics — each partner reports the flow itself, CN's figure above KZ's (ratio 1.30). A typical CIF/FOB margin is about 6% (IMF DOTS factor 1.06); a gap this size is far beyond freight and insurance and points to re-exports, timing, partner attribution, classification or under-invoicing.
           Also possible: systematic source gap — CN above KZ here, and a similar gap in 2022 (ratio 1.29): probably the same two reporting bases.
           Ruled out: revision (different sources); scale slip (ratio 1.30 is not near a thousand, million or billion); currency confusion (one currency, no exchange rate involved); period shift (no figure of a neighbouring period matches); rounding (the intervals are $8.95 billion apart, more than a rounding step of $1 billion); approximation (a gap of 23.2% exceeds ±10%).
         · exceeding $41 billion (English news report on Xi Jinping's July 2024 visit to Astana, 2023) and $31.5 billion (Ministry of Trade and Integration of Kazakhstan, 2023) conflict.
           It is the same disagreement as between $31.5 billion (Ministry of Trade and Integration of Kazakhstan, 2023) and $41 billion (Ministry of Foreign Affairs of China, 2023), counted once.
         Reconciled by attributed range: $31.5–41 billion: KZ vs CN reporting.

      Series
      agreements signed — China & Kazakhstan
        autumn 2023, actual: single figure — 1 claim, 1 independent source
        2024-11, actual: single figure — 1 claim, 1 independent source
        2025-09, actual: consistent — 4 claims, 1 independent source
        · over 70 (Foreign Intelligence Service of Ukraine, 2025-09, in English news report (RBC-Ukraine story)) and понад 70 (Foreign Intelligence Service of Ukraine, 2025-09, in RBC-Ukraine) agree.
        · 70 (Foreign Intelligence Service of Ukraine, 2025-09, in English news report (RBC-Ukraine story)) and 70 (Foreign Intelligence Service of Ukraine, 2025-09, in RBC-Ukraine) agree.
        · over 70 (Foreign Intelligence Service of Ukraine, 2025-09) and 70 (Foreign Intelligence Service of Ukraine, 2025-09) agree, but only thanks to rounding or bound words.
        · 30 (Valeriya Morozhnikova, autumn 2023) and eight (Kazinform News Agency, 2024-11) are not comparable: different period.
        · eight (Kazinform News Agency, 2024-11) and over 70 (Foreign Intelligence Service of Ukraine, 2025-09) are not comparable: different period.
        · 30 (Valeriya Morozhnikova, autumn 2023) and over 70 (Foreign Intelligence Service of Ukraine, 2025-09) are not comparable: different period.
      border length — China & Kazakhstan
        no period, actual: consistent — 2 claims, 1 independent source
        · more than 1,700 kilometers (English news report on Xi Jinping's July 2024 visit to Astana) and 1,056 miles (English news report on Xi Jinping's July 2024 visit to Astana) agree, but only thanks to rounding or bound words.
      Chinese investment in Kazakhstan — China → Kazakhstan
        2023, actual: single figure — 1 claim, 1 independent source
        · $1.8 billion (Valeriya Morozhnikova, 2023) and about US$7 billion (Ministry of Commerce of China, by the end of 2021) are not comparable: different scope (qualifiers), different period.
      Chinese investment in Kazakhstan — China → Kazakhstan (basis: cumulative stock, kind: direct)
        as of 2022-01-01, actual: single figure — 1 claim, 1 independent source
        · $1.8 billion (Valeriya Morozhnikova, 2023) and about US$7 billion (Ministry of Commerce of China, by the end of 2021) are not comparable: different scope (qualifiers), different period.
      freight volume — Trans-Caspian International Transport Route
        no period, forecast: single figure — 2 claims, 1 independent source
        2025, actual: single figure — 2 claims, 1 independent source
        · 10 million tons (Foreign Intelligence Service of Ukraine, forecast, in English news report (RBC-Ukraine story)) and 10 млн тонн (Foreign Intelligence Service of Ukraine, forecast, in RBC-Ukraine) agree.
        · 2–3 million (Foreign Intelligence Service of Ukraine, 2025, in English news report (RBC-Ukraine story)) and 2-3 млн (Foreign Intelligence Service of Ukraine, 2025, in RBC-Ukraine) agree.
        · 10 million tons (Foreign Intelligence Service of Ukraine, forecast) and 2–3 million (Foreign Intelligence Service of Ukraine, 2025) are not comparable: different period, different modality (forecast vs actual).
      investment in grain processing — Dalian Group → Kazakhstan
        no period, plan: single figure — 2 claims, 1 independent source
        · $650 million (Foreign Intelligence Service of Ukraine, plan, in English news report (RBC-Ukraine story)) and $650 млн (Foreign Intelligence Service of Ukraine, plan, in RBC-Ukraine) agree.
      oil shipments via the Middle Corridor — Kazakhstan → China
        no period, forecast: single figure — 1 claim, 1 independent source
        2023, plan: single figure — 1 claim, 1 independent source
      trade turnover — China & Kazakhstan
        no period, target: single figure — 1 claim, 1 independent source
        2022, actual: conflict — 2 claims, 1 independent source
        2023, actual: conflict — 4 claims, 3 independent sources
        · $41 billion (Ministry of Foreign Affairs of China, 2023) and $41 billion (Valeriya Morozhnikova, 2023) agree.
          Copy — $41 billion (Valeriya Morozhnikova, 2023) repeats $41 billion (Ministry of Foreign Affairs of China, 2023) in the same text, so it is no independent corroboration.
        · exceeding $41 billion (English news report on Xi Jinping's July 2024 visit to Astana, 2023) and $41 billion (Ministry of Foreign Affairs of China, 2023) agree, but only thanks to rounding or bound words.
        · $40 billion (Kassym-Jomart Tokayev, target) and $41 billion (Ministry of Foreign Affairs of China, 2023) are not comparable: different period, different modality (target vs actual).
          The actual figure meets the target.
      trade turnover growth multiple — China & Kazakhstan
        no period, target: consistent — 2 claims, 2 independent sources
        · double (Kassym-Jomart Tokayev, target) and double (Valeriya Morozhnikova, target) agree.
      value of agreements signed — China & Kazakhstan
        autumn 2023, actual: single figure — 1 claim, 1 independent source
        2024-11, actual: single figure — 1 claim, 1 independent source
        2025-09, actual: single figure — 2 claims, 1 independent source
        · more than $15 billion (Foreign Intelligence Service of Ukraine, 2025-09, in English news report (RBC-Ukraine story)) and понад 15 млрд доларів (Foreign Intelligence Service of Ukraine, 2025-09, in RBC-Ukraine) agree.
        · $16.54 billion (Valeriya Morozhnikova, autumn 2023) and $2.5 billion (Kazinform News Agency, 2024-11) are not comparable: different period.
        · $2.5 billion (Kazinform News Agency, 2024-11) and more than $15 billion (Foreign Intelligence Service of Ukraine, 2025-09) are not comparable: different period.
        · $16.54 billion (Valeriya Morozhnikova, autumn 2023) and more than $15 billion (Foreign Intelligence Service of Ukraine, 2025-09) are not comparable: different period.
      visits by Xi Jinping to Kazakhstan — Xi Jinping → Kazakhstan (window: as President)
        2024-07, actual: single figure — 1 claim, 1 independent source
        · fifth (Valeriya Morozhnikova, 2024-07) and third (English news report (RBC-Ukraine story), 2025-06) are not comparable: different scope (qualifiers), different period.
      visits by Xi Jinping to Kazakhstan — Xi Jinping → Kazakhstan (window: since 2020)
        2025-06, actual: consistent — 2 claims, 2 independent sources
        · third (English news report (RBC-Ukraine story), 2025-06) and третім (RBC-Ukraine, 2025-06) agree.
        · fifth (Valeriya Morozhnikova, 2024-07) and third (English news report (RBC-Ukraine story), 2025-06) are not comparable: different scope (qualifiers), different period.

      19 series with a single figure and nothing to compare:
        anniversary of diplomatic relations — China & Kazakhstan
        China-Central Asia summits — China & Central Asia (format: in-person)
        external debt owed to China — Kazakhstan → China
        external debt owed to China as a share of GDP — Kazakhstan → China
        foreign trips by Xi Jinping — Xi Jinping (window: since the COVID-19 pandemic)
        growth of Chinese investment in Kazakhstan — China → Kazakhstan
        joint projects under implementation — China & Kazakhstan
        meetings of the SCO Council of Heads of State — Shanghai Cooperation Organization
        original member countries — Shanghai Five
        rank among sources of Kazakhstan's imports — China
        rank by share of petroleum production in Kazakhstan — European countries
        recognized ethnic groups — China
        share of petroleum production in Kazakhstan — European countries
        share of petroleum production in Kazakhstan — KazMunaiGaz
        share of petroleum production in Kazakhstan — Russia
        share of petroleum production in Kazakhstan — United States
        size rank among groups affected by China's repressive policies in Xinjiang — ethnic Kazakhs
        trade turnover gap with Kazakhstan — Russia → China
        value of joint projects under implementation — China & Kazakhstan

      Relations and timelines
      6 relations and 3 ordinal checks: 0 conflicts, 5 implied values
        · border-km-mi: Unit conversion: from values[0] "more than 1,700 kilometers", values[1] is at least 1056.3 mi; the stated "1,056 miles" agrees.
        · cn-investment-2022-implied: Percent change: given to "$1.8 billion", rate "16%", from must be 1.502–1.602 billion USD.
        · kz-gdp-implied: Share of a whole: given part "$9.2 billion", share "3.5%", whole must be 257–269 billion USD.
        · kz-ru-trade-2022-implied: Difference: given b "$24 billion", difference "$2 billion", a must be 25–27 billion USD.
        · trade-doubled-target-implied: Multiple: given base "$41 billion", factor "double", result must be 81–83 billion USD.
        · petroleum-shares: Sum of parts: parts[0] "31 per cent", parts[1] "31 per cent", parts[2] "17 per cent", parts[3] "3.5 per cent" add up to 80.95–84.05 %, within 100 %; 15.95–19.05 % is left for the rest.
        · xi-fifth-visit-as-president: "fifth" holds: it is event number 5 up to 2024-07-02 on the timeline.
        · xi-third-visit-since-2020-en: "third" holds: it is event number 3 from 2020-01-01 to 2025-06-16 on the timeline.
        · xi-third-visit-since-2020-uk: "третім" holds: it is event number 3 from 2020-01-01 to 2025-06-16 on the timeline.
      "
    `);
  });
  it("uk", () => {
    expect(text("uk")).toMatchInlineSnapshot(`
      "Звіт про розбіжності: 53 твердження у 31 ряді даних.
      24 порівняння: 12 узгоджених, 2 розбіжності, 10 непорівнюваних.

      Розбіжності
      1. товарообіг — Китай і Казахстан, 2022 р.
         · over $31 billion (Channon Heenan, 2022 р.) і $24 billion (Channon Heenan, 2022 р.) суперечать одне одному.
           Різниця становить 7 млрд дол. США, або 22,6 % від більшої цифри; співвідношення 1,29.
           Найімовірніше: систематичний розрив між джерелами — подібний розрив є за 2023 р. (співвідношення 1,30; Китай наводить більше, ніж Казахстан): імовірно, ті самі дві методики обліку.
           Також можливо: різна база обліку — Channon Heenan наводить обидві цифри в одному тексті, імовірно, за двома різними методиками.
           Відкинуто: дзеркальна статистика (цифри походять не від власних органів обох країн-партнерів); помилка в порядку величини (співвідношення 1,29 не близьке ні до тисячі, ні до мільйона, ні до мільярда); плутанина з валютами (валюта одна, обмінний курс не застосовується); зсув періоду (жодна цифра сусіднього періоду не збігається); округлення (інтервали розходяться на 6,5 млрд дол. США, більше ніж крок округлення 1 млрд дол. США); наближеність (різниця 22,6 % перевищує ±10 %).
         Узгоджено методом діапазону із зазначенням джерел. 24–31 млрд дол. США: обидві межі наводить Channon Heenan.
      2. товарообіг — Китай і Казахстан, 2023 р.
         · $31.5 billion (Ministry of Trade and Integration of Kazakhstan, 2023 р.) і $41 billion (Ministry of Foreign Affairs of China, 2023 р.) суперечать одне одному.
           Різниця становить 9,5 млрд дол. США, або 23,2 % від більшої цифри; співвідношення 1,30.
           Найімовірніше: дзеркальна статистика — кожна країна-партнер сама звітує про цей потік, і Китай наводить більшу цифру, ніж Казахстан (співвідношення 1,30). Звичайна різниця між цінами СІФ і ФОБ — близько 6 % (коефіцієнт МВФ у статистиці напрямів торгівлі — 1,06); розрив такого розміру значно перевищує витрати на фрахт і страхування і вказує на реекспорт, різний час обліку, віднесення до іншої країни-партнера, класифікацію товарів або заниження вартості в рахунках.
           Також можливо: систематичний розрив між джерелами — тут Китай наводить більше, ніж Казахстан, і подібний розрив є за 2022 р. (співвідношення 1,29): імовірно, ті самі дві методики обліку.
           Відкинуто: перегляд (джерела різні); помилка в порядку величини (співвідношення 1,30 не близьке ні до тисячі, ні до мільйона, ні до мільярда); плутанина з валютами (валюта одна, обмінний курс не застосовується); зсув періоду (жодна цифра сусіднього періоду не збігається); округлення (інтервали розходяться на 8,95 млрд дол. США, більше ніж крок округлення 1 млрд дол. США); наближеність (різниця 23,2 % перевищує ±10 %).
         · exceeding $41 billion (English news report on Xi Jinping's July 2024 visit to Astana, 2023 р.) і $31.5 billion (Ministry of Trade and Integration of Kazakhstan, 2023 р.) суперечать одне одному.
           Це та сама розбіжність, що й між $31.5 billion (Ministry of Trade and Integration of Kazakhstan, 2023 р.) і $41 billion (Ministry of Foreign Affairs of China, 2023 р.); її враховано один раз.
         Узгоджено методом діапазону із зазначенням джерел. 31,5–41 млрд дол. США: меншу цифру наводить Казахстан, більшу — Китай.

      Ряди даних
      підписані угоди — Китай і Казахстан
        осінь 2023 р., фактичне значення: одна цифра — 1 твердження, 1 незалежне джерело
        листопад 2024 р., фактичне значення: одна цифра — 1 твердження, 1 незалежне джерело
        вересень 2025 р., фактичне значення: узгоджуються — 4 твердження, 1 незалежне джерело
        · over 70 (Foreign Intelligence Service of Ukraine, вересень 2025 р., публікація: English news report (RBC-Ukraine story)) і понад 70 (Foreign Intelligence Service of Ukraine, вересень 2025 р., публікація: RBC-Ukraine) узгоджуються.
        · 70 (Foreign Intelligence Service of Ukraine, вересень 2025 р., публікація: English news report (RBC-Ukraine story)) і 70 (Foreign Intelligence Service of Ukraine, вересень 2025 р., публікація: RBC-Ukraine) узгоджуються.
        · over 70 (Foreign Intelligence Service of Ukraine, вересень 2025 р.) і 70 (Foreign Intelligence Service of Ukraine, вересень 2025 р.) узгоджуються, але лише з огляду на округлення чи формулювання («понад», «близько»).
        · 30 (Valeriya Morozhnikova, осінь 2023 р.) і eight (Kazinform News Agency, листопад 2024 р.) не можна порівнювати: різні періоди.
        · eight (Kazinform News Agency, листопад 2024 р.) і over 70 (Foreign Intelligence Service of Ukraine, вересень 2025 р.) не можна порівнювати: різні періоди.
        · 30 (Valeriya Morozhnikova, осінь 2023 р.) і over 70 (Foreign Intelligence Service of Ukraine, вересень 2025 р.) не можна порівнювати: різні періоди.
      протяжність кордону — Китай і Казахстан
        без періоду, фактичне значення: узгоджуються — 2 твердження, 1 незалежне джерело
        · more than 1,700 kilometers (English news report on Xi Jinping's July 2024 visit to Astana) і 1,056 miles (English news report on Xi Jinping's July 2024 visit to Astana) узгоджуються, але лише з огляду на округлення чи формулювання («понад», «близько»).
      Chinese investment in Kazakhstan — Китай → Казахстан
        2023 р., фактичне значення: одна цифра — 1 твердження, 1 незалежне джерело
        · $1.8 billion (Valeriya Morozhnikova, 2023 р.) і about US$7 billion (Ministry of Commerce of China, станом на 1 січня 2022 р.) не можна порівнювати: різний обсяг (уточнення), різні періоди.
      Chinese investment in Kazakhstan — Китай → Казахстан (база обліку: cumulative stock, вид: direct)
        станом на 1 січня 2022 р., фактичне значення: одна цифра — 1 твердження, 1 незалежне джерело
        · $1.8 billion (Valeriya Morozhnikova, 2023 р.) і about US$7 billion (Ministry of Commerce of China, станом на 1 січня 2022 р.) не можна порівнювати: різний обсяг (уточнення), різні періоди.
      обсяг вантажних перевезень — Trans-Caspian International Transport Route
        без періоду, прогноз: одна цифра — 2 твердження, 1 незалежне джерело
        2025 р., фактичне значення: одна цифра — 2 твердження, 1 незалежне джерело
        · 10 million tons (Foreign Intelligence Service of Ukraine, прогноз, публікація: English news report (RBC-Ukraine story)) і 10 млн тонн (Foreign Intelligence Service of Ukraine, прогноз, публікація: RBC-Ukraine) узгоджуються.
        · 2–3 million (Foreign Intelligence Service of Ukraine, 2025 р., публікація: English news report (RBC-Ukraine story)) і 2-3 млн (Foreign Intelligence Service of Ukraine, 2025 р., публікація: RBC-Ukraine) узгоджуються.
        · 10 million tons (Foreign Intelligence Service of Ukraine, прогноз) і 2–3 million (Foreign Intelligence Service of Ukraine, 2025 р.) не можна порівнювати: різні періоди, різний статус показника (прогноз і фактичне значення).
      investment in grain processing — Dalian Group → Казахстан
        без періоду, план: одна цифра — 2 твердження, 1 незалежне джерело
        · $650 million (Foreign Intelligence Service of Ukraine, план, публікація: English news report (RBC-Ukraine story)) і $650 млн (Foreign Intelligence Service of Ukraine, план, публікація: RBC-Ukraine) узгоджуються.
      oil shipments via the Middle Corridor — Казахстан → Китай
        без періоду, прогноз: одна цифра — 1 твердження, 1 незалежне джерело
        2023 р., план: одна цифра — 1 твердження, 1 незалежне джерело
      товарообіг — Китай і Казахстан
        без періоду, цільовий показник: одна цифра — 1 твердження, 1 незалежне джерело
        2022 р., фактичне значення: розбіжність — 2 твердження, 1 незалежне джерело
        2023 р., фактичне значення: розбіжність — 4 твердження, 3 незалежні джерела
        · $41 billion (Ministry of Foreign Affairs of China, 2023 р.) і $41 billion (Valeriya Morozhnikova, 2023 р.) узгоджуються.
          Копіювання — $41 billion (Valeriya Morozhnikova, 2023 р.) повторює $41 billion (Ministry of Foreign Affairs of China, 2023 р.) в тому самому тексті, тож це не незалежне підтвердження.
        · exceeding $41 billion (English news report on Xi Jinping's July 2024 visit to Astana, 2023 р.) і $41 billion (Ministry of Foreign Affairs of China, 2023 р.) узгоджуються, але лише з огляду на округлення чи формулювання («понад», «близько»).
        · $40 billion (Kassym-Jomart Tokayev, цільовий показник) і $41 billion (Ministry of Foreign Affairs of China, 2023 р.) не можна порівнювати: різні періоди, різний статус показника (цільовий показник і фактичне значення).
          Фактичне значення досягає цільового показника.
      trade turnover growth multiple — Китай і Казахстан
        без періоду, цільовий показник: узгоджуються — 2 твердження, 2 незалежні джерела
        · double (Kassym-Jomart Tokayev, цільовий показник) і double (Valeriya Morozhnikova, цільовий показник) узгоджуються.
      value of agreements signed — Китай і Казахстан
        осінь 2023 р., фактичне значення: одна цифра — 1 твердження, 1 незалежне джерело
        листопад 2024 р., фактичне значення: одна цифра — 1 твердження, 1 незалежне джерело
        вересень 2025 р., фактичне значення: одна цифра — 2 твердження, 1 незалежне джерело
        · more than $15 billion (Foreign Intelligence Service of Ukraine, вересень 2025 р., публікація: English news report (RBC-Ukraine story)) і понад 15 млрд доларів (Foreign Intelligence Service of Ukraine, вересень 2025 р., публікація: RBC-Ukraine) узгоджуються.
        · $16.54 billion (Valeriya Morozhnikova, осінь 2023 р.) і $2.5 billion (Kazinform News Agency, листопад 2024 р.) не можна порівнювати: різні періоди.
        · $2.5 billion (Kazinform News Agency, листопад 2024 р.) і more than $15 billion (Foreign Intelligence Service of Ukraine, вересень 2025 р.) не можна порівнювати: різні періоди.
        · $16.54 billion (Valeriya Morozhnikova, осінь 2023 р.) і more than $15 billion (Foreign Intelligence Service of Ukraine, вересень 2025 р.) не можна порівнювати: різні періоди.
      visits by Xi Jinping to Kazakhstan — Xi Jinping → Казахстан (період підрахунку: as President)
        липень 2024 р., фактичне значення: одна цифра — 1 твердження, 1 незалежне джерело
        · fifth (Valeriya Morozhnikova, липень 2024 р.) і third (English news report (RBC-Ukraine story), червень 2025 р.) не можна порівнювати: різний обсяг (уточнення), різні періоди.
      visits by Xi Jinping to Kazakhstan — Xi Jinping → Казахстан (період підрахунку: since 2020)
        червень 2025 р., фактичне значення: узгоджуються — 2 твердження, 2 незалежні джерела
        · third (English news report (RBC-Ukraine story), червень 2025 р.) і третім (RBC-Ukraine, червень 2025 р.) узгоджуються.
        · fifth (Valeriya Morozhnikova, липень 2024 р.) і third (English news report (RBC-Ukraine story), червень 2025 р.) не можна порівнювати: різний обсяг (уточнення), різні періоди.

      19 рядів даних з однією цифрою, без порівнянь:
        anniversary of diplomatic relations — Китай і Казахстан
        China-Central Asia summits — Китай і Central Asia (формат: in-person)
        external debt owed to China — Казахстан → Китай
        external debt owed to China as a share of GDP — Казахстан → Китай
        foreign trips by Xi Jinping — Xi Jinping (період підрахунку: since the COVID-19 pandemic)
        growth of Chinese investment in Kazakhstan — Китай → Казахстан
        joint projects under implementation — Китай і Казахстан
        meetings of the SCO Council of Heads of State — Shanghai Cooperation Organization
        original member countries — Shanghai Five
        rank among sources of Kazakhstan's imports — Китай
        rank by share of petroleum production in Kazakhstan — European countries
        визнані етнічні групи — Китай
        share of petroleum production in Kazakhstan — European countries
        share of petroleum production in Kazakhstan — KazMunaiGaz
        share of petroleum production in Kazakhstan — Росія
        share of petroleum production in Kazakhstan — Сполучені Штати
        size rank among groups affected by China's repressive policies in Xinjiang — ethnic Kazakhs
        trade turnover gap with Kazakhstan — Росія → Китай
        value of joint projects under implementation — Китай і Казахстан

      Арифметичні зв’язки та хронологія
      6 зв’язків і 3 перевірки за хронологією: 0 розбіжностей, 5 виведених значень
        · border-km-mi: Переведення одиниць: якщо перше значення — «more than 1,700 kilometers», то друге значення — щонайменше 1056,3 милі; заявлене «1,056 miles» з цим узгоджується.
        · cn-investment-2022-implied: Зміна у відсотках: якщо нове значення — «$1.8 billion», темп зміни — «16%», то початкове значення має становити 1,502–1,602 млрд дол. США.
        · kz-gdp-implied: Частка від цілого: якщо частина — «$9.2 billion», частка — «3.5%», то ціле має становити 257–269 млрд дол. США.
        · kz-ru-trade-2022-implied: Різниця: якщо від’ємник — «$24 billion», різниця — «$2 billion», то зменшуване має становити 25–27 млрд дол. США.
        · trade-doubled-target-implied: Кратність: якщо основа — «$41 billion», множник — «double», то результат має становити 81–83 млрд дол. США.
        · petroleum-shares: Сума частин: частина 1 — «31 per cent», частина 2 — «31 per cent», частина 3 — «17 per cent», частина 4 — «3.5 per cent» разом становлять 80,95–84,05 %, тобто не більше 100 %; на решту припадає 15,95–19,05 %.
        · xi-fifth-visit-as-president: «fifth» підтверджується: це подія № 5 у хронології до 2 липня 2024 р.
        · xi-third-visit-since-2020-en: «third» підтверджується: це подія № 3 у хронології з 1 січня 2020 р. до 16 червня 2025 р.
        · xi-third-visit-since-2020-uk: «третім» підтверджується: це подія № 3 у хронології з 1 січня 2020 р. до 16 червня 2025 р.
      "
    `);
  });
  it("ru", () => {
    expect(text("ru")).toMatchInlineSnapshot(`
      "Отчёт о расхождениях: 53 утверждения в 31 ряду данных.
      24 сравнения: 12 согласованных, 2 расхождения, 10 несопоставимых.

      Расхождения
      1. товарооборот — Китай и Казахстан, 2022 г.
         · over $31 billion (Channon Heenan, 2022 г.) и $24 billion (Channon Heenan, 2022 г.) противоречат друг другу.
           Разница составляет 7 млрд долл. США, или 22,6 % от большей цифры; соотношение 1,29.
           Наиболее вероятно: систематическое расхождение источников — похожее расхождение есть за 2023 г. (соотношение 1,30; Китай приводит больше, чем Казахстан): вероятно, те же две методики учёта.
           Также возможно: разная база учёта — Channon Heenan приводит обе цифры в одном тексте, вероятно, по двум разным методикам.
           Отклонено: зеркальная статистика (цифры получены не от собственных органов обеих стран-партнёров); ошибка в порядке величины (соотношение 1,29 не близко ни к тысяче, ни к миллиону, ни к миллиарду); путаница с валютами (валюта одна, обменный курс не применяется); сдвиг периода (ни одна цифра соседнего периода не совпадает); округление (интервалы расходятся на 6,5 млрд долл. США, больше шага округления 1 млрд долл. США); приблизительность (разница 22,6 % превышает ±10 %).
         Согласовано методом диапазона с указанием источников. 24–31 млрд долл. США: обе границы приводит Channon Heenan.
      2. товарооборот — Китай и Казахстан, 2023 г.
         · $31.5 billion (Ministry of Trade and Integration of Kazakhstan, 2023 г.) и $41 billion (Ministry of Foreign Affairs of China, 2023 г.) противоречат друг другу.
           Разница составляет 9,5 млрд долл. США, или 23,2 % от большей цифры; соотношение 1,30.
           Наиболее вероятно: зеркальная статистика — каждая страна-партнёр сама отчитывается об этом потоке, и Китай приводит бо́льшую цифру, чем Казахстан (соотношение 1,30). Обычная разница между ценами СИФ и ФОБ — около 6 % (коэффициент МВФ в статистике направлений торговли — 1,06); расхождение такого размера намного превышает расходы на фрахт и страхование и указывает на реэкспорт, разное время учёта, отнесение к другой стране-партнёру, классификацию товаров или занижение стоимости в счетах.
           Также возможно: систематическое расхождение источников — здесь Китай приводит больше, чем Казахстан, и похожее расхождение есть за 2022 г. (соотношение 1,29): вероятно, те же две методики учёта.
           Отклонено: пересмотр (источники разные); ошибка в порядке величины (соотношение 1,30 не близко ни к тысяче, ни к миллиону, ни к миллиарду); путаница с валютами (валюта одна, обменный курс не применяется); сдвиг периода (ни одна цифра соседнего периода не совпадает); округление (интервалы расходятся на 8,95 млрд долл. США, больше шага округления 1 млрд долл. США); приблизительность (разница 23,2 % превышает ±10 %).
         · exceeding $41 billion (English news report on Xi Jinping's July 2024 visit to Astana, 2023 г.) и $31.5 billion (Ministry of Trade and Integration of Kazakhstan, 2023 г.) противоречат друг другу.
           Это то же расхождение, что и между $31.5 billion (Ministry of Trade and Integration of Kazakhstan, 2023 г.) и $41 billion (Ministry of Foreign Affairs of China, 2023 г.); оно учтено один раз.
         Согласовано методом диапазона с указанием источников. 31,5–41 млрд долл. США: меньшую цифру приводит Казахстан, бо́льшую — Китай.

      Ряды данных
      подписанные соглашения — Китай и Казахстан
        осень 2023 г., фактическое значение: одна цифра — 1 утверждение, 1 независимый источник
        ноябрь 2024 г., фактическое значение: одна цифра — 1 утверждение, 1 независимый источник
        сентябрь 2025 г., фактическое значение: согласуются — 4 утверждения, 1 независимый источник
        · over 70 (Foreign Intelligence Service of Ukraine, сентябрь 2025 г., публикация: English news report (RBC-Ukraine story)) и понад 70 (Foreign Intelligence Service of Ukraine, сентябрь 2025 г., публикация: RBC-Ukraine) согласуются.
        · 70 (Foreign Intelligence Service of Ukraine, сентябрь 2025 г., публикация: English news report (RBC-Ukraine story)) и 70 (Foreign Intelligence Service of Ukraine, сентябрь 2025 г., публикация: RBC-Ukraine) согласуются.
        · over 70 (Foreign Intelligence Service of Ukraine, сентябрь 2025 г.) и 70 (Foreign Intelligence Service of Ukraine, сентябрь 2025 г.) согласуются, но лишь с учётом округления или формулировки («более», «около»).
        · 30 (Valeriya Morozhnikova, осень 2023 г.) и eight (Kazinform News Agency, ноябрь 2024 г.) несопоставимы: разные периоды.
        · eight (Kazinform News Agency, ноябрь 2024 г.) и over 70 (Foreign Intelligence Service of Ukraine, сентябрь 2025 г.) несопоставимы: разные периоды.
        · 30 (Valeriya Morozhnikova, осень 2023 г.) и over 70 (Foreign Intelligence Service of Ukraine, сентябрь 2025 г.) несопоставимы: разные периоды.
      протяженность границы — Китай и Казахстан
        без периода, фактическое значение: согласуются — 2 утверждения, 1 независимый источник
        · more than 1,700 kilometers (English news report on Xi Jinping's July 2024 visit to Astana) и 1,056 miles (English news report on Xi Jinping's July 2024 visit to Astana) согласуются, но лишь с учётом округления или формулировки («более», «около»).
      Chinese investment in Kazakhstan — Китай → Казахстан
        2023 г., фактическое значение: одна цифра — 1 утверждение, 1 независимый источник
        · $1.8 billion (Valeriya Morozhnikova, 2023 г.) и about US$7 billion (Ministry of Commerce of China, на 1 января 2022 г.) несопоставимы: разный охват (уточнения), разные периоды.
      Chinese investment in Kazakhstan — Китай → Казахстан (база учета: cumulative stock, вид: direct)
        на 1 января 2022 г., фактическое значение: одна цифра — 1 утверждение, 1 независимый источник
        · $1.8 billion (Valeriya Morozhnikova, 2023 г.) и about US$7 billion (Ministry of Commerce of China, на 1 января 2022 г.) несопоставимы: разный охват (уточнения), разные периоды.
      объем грузоперевозок — Trans-Caspian International Transport Route
        без периода, прогноз: одна цифра — 2 утверждения, 1 независимый источник
        2025 г., фактическое значение: одна цифра — 2 утверждения, 1 независимый источник
        · 10 million tons (Foreign Intelligence Service of Ukraine, прогноз, публикация: English news report (RBC-Ukraine story)) и 10 млн тонн (Foreign Intelligence Service of Ukraine, прогноз, публикация: RBC-Ukraine) согласуются.
        · 2–3 million (Foreign Intelligence Service of Ukraine, 2025 г., публикация: English news report (RBC-Ukraine story)) и 2-3 млн (Foreign Intelligence Service of Ukraine, 2025 г., публикация: RBC-Ukraine) согласуются.
        · 10 million tons (Foreign Intelligence Service of Ukraine, прогноз) и 2–3 million (Foreign Intelligence Service of Ukraine, 2025 г.) несопоставимы: разные периоды, разный статус показателя (прогноз и фактическое значение).
      investment in grain processing — Dalian Group → Казахстан
        без периода, план: одна цифра — 2 утверждения, 1 независимый источник
        · $650 million (Foreign Intelligence Service of Ukraine, план, публикация: English news report (RBC-Ukraine story)) и $650 млн (Foreign Intelligence Service of Ukraine, план, публикация: RBC-Ukraine) согласуются.
      oil shipments via the Middle Corridor — Казахстан → Китай
        без периода, прогноз: одна цифра — 1 утверждение, 1 независимый источник
        2023 г., план: одна цифра — 1 утверждение, 1 независимый источник
      товарооборот — Китай и Казахстан
        без периода, целевой показатель: одна цифра — 1 утверждение, 1 независимый источник
        2022 г., фактическое значение: расхождение — 2 утверждения, 1 независимый источник
        2023 г., фактическое значение: расхождение — 4 утверждения, 3 независимых источника
        · $41 billion (Ministry of Foreign Affairs of China, 2023 г.) и $41 billion (Valeriya Morozhnikova, 2023 г.) согласуются.
          Копирование — $41 billion (Valeriya Morozhnikova, 2023 г.) повторяет $41 billion (Ministry of Foreign Affairs of China, 2023 г.) в том же тексте, так что это не независимое подтверждение.
        · exceeding $41 billion (English news report on Xi Jinping's July 2024 visit to Astana, 2023 г.) и $41 billion (Ministry of Foreign Affairs of China, 2023 г.) согласуются, но лишь с учётом округления или формулировки («более», «около»).
        · $40 billion (Kassym-Jomart Tokayev, целевой показатель) и $41 billion (Ministry of Foreign Affairs of China, 2023 г.) несопоставимы: разные периоды, разный статус показателя (целевой показатель и фактическое значение).
          Фактическое значение достигает целевого показателя.
      trade turnover growth multiple — Китай и Казахстан
        без периода, целевой показатель: согласуются — 2 утверждения, 2 независимых источника
        · double (Kassym-Jomart Tokayev, целевой показатель) и double (Valeriya Morozhnikova, целевой показатель) согласуются.
      value of agreements signed — Китай и Казахстан
        осень 2023 г., фактическое значение: одна цифра — 1 утверждение, 1 независимый источник
        ноябрь 2024 г., фактическое значение: одна цифра — 1 утверждение, 1 независимый источник
        сентябрь 2025 г., фактическое значение: одна цифра — 2 утверждения, 1 независимый источник
        · more than $15 billion (Foreign Intelligence Service of Ukraine, сентябрь 2025 г., публикация: English news report (RBC-Ukraine story)) и понад 15 млрд доларів (Foreign Intelligence Service of Ukraine, сентябрь 2025 г., публикация: RBC-Ukraine) согласуются.
        · $16.54 billion (Valeriya Morozhnikova, осень 2023 г.) и $2.5 billion (Kazinform News Agency, ноябрь 2024 г.) несопоставимы: разные периоды.
        · $2.5 billion (Kazinform News Agency, ноябрь 2024 г.) и more than $15 billion (Foreign Intelligence Service of Ukraine, сентябрь 2025 г.) несопоставимы: разные периоды.
        · $16.54 billion (Valeriya Morozhnikova, осень 2023 г.) и more than $15 billion (Foreign Intelligence Service of Ukraine, сентябрь 2025 г.) несопоставимы: разные периоды.
      visits by Xi Jinping to Kazakhstan — Xi Jinping → Казахстан (период подсчета: as President)
        июль 2024 г., фактическое значение: одна цифра — 1 утверждение, 1 независимый источник
        · fifth (Valeriya Morozhnikova, июль 2024 г.) и third (English news report (RBC-Ukraine story), июнь 2025 г.) несопоставимы: разный охват (уточнения), разные периоды.
      visits by Xi Jinping to Kazakhstan — Xi Jinping → Казахстан (период подсчета: since 2020)
        июнь 2025 г., фактическое значение: согласуются — 2 утверждения, 2 независимых источника
        · third (English news report (RBC-Ukraine story), июнь 2025 г.) и третім (RBC-Ukraine, июнь 2025 г.) согласуются.
        · fifth (Valeriya Morozhnikova, июль 2024 г.) и third (English news report (RBC-Ukraine story), июнь 2025 г.) несопоставимы: разный охват (уточнения), разные периоды.

      19 рядов данных с одной цифрой, без сравнений:
        anniversary of diplomatic relations — Китай и Казахстан
        China-Central Asia summits — Китай и Central Asia (формат: in-person)
        external debt owed to China — Казахстан → Китай
        external debt owed to China as a share of GDP — Казахстан → Китай
        foreign trips by Xi Jinping — Xi Jinping (период подсчета: since the COVID-19 pandemic)
        growth of Chinese investment in Kazakhstan — Китай → Казахстан
        joint projects under implementation — Китай и Казахстан
        meetings of the SCO Council of Heads of State — Shanghai Cooperation Organization
        original member countries — Shanghai Five
        rank among sources of Kazakhstan's imports — Китай
        rank by share of petroleum production in Kazakhstan — European countries
        признанные этнические группы — Китай
        share of petroleum production in Kazakhstan — European countries
        share of petroleum production in Kazakhstan — KazMunaiGaz
        share of petroleum production in Kazakhstan — Россия
        share of petroleum production in Kazakhstan — Соединенные Штаты
        size rank among groups affected by China's repressive policies in Xinjiang — ethnic Kazakhs
        trade turnover gap with Kazakhstan — Россия → Китай
        value of joint projects under implementation — Китай и Казахстан

      Арифметические связи и хронология
      6 связей и 3 проверки по хронологии: 0 расхождений, 5 выведенных значений
        · border-km-mi: Перевод единиц: если первое значение — «more than 1,700 kilometers», то второе значение — не менее 1056,3 мили; заявленное «1,056 miles» с этим согласуется.
        · cn-investment-2022-implied: Изменение в процентах: если новое значение — «$1.8 billion», темп изменения — «16%», то исходное значение по расчёту составляет 1,502–1,602 млрд долл. США.
        · kz-gdp-implied: Доля от целого: если часть — «$9.2 billion», доля — «3.5%», то целое по расчёту составляет 257–269 млрд долл. США.
        · kz-ru-trade-2022-implied: Разность: если вычитаемое — «$24 billion», разность — «$2 billion», то уменьшаемое по расчёту составляет 25–27 млрд долл. США.
        · trade-doubled-target-implied: Кратность: если основа — «$41 billion», множитель — «double», то результат по расчёту составляет 81–83 млрд долл. США.
        · petroleum-shares: Сумма частей: часть 1 — «31 per cent», часть 2 — «31 per cent», часть 3 — «17 per cent», часть 4 — «3.5 per cent» в сумме дают 80,95–84,05 %, то есть не более 100 %; на остальное приходится 15,95–19,05 %.
        · xi-fifth-visit-as-president: «fifth» подтверждается: это событие № 5 в хронологии до 2 июля 2024 г.
        · xi-third-visit-since-2020-en: «third» подтверждается: это событие № 3 в хронологии с 1 января 2020 г. по 16 июня 2025 г.
        · xi-third-visit-since-2020-uk: «третім» подтверждается: это событие № 3 в хронологии с 1 января 2020 г. по 16 июня 2025 г.
      "
    `);
  });
  it("zh", () => {
    expect(text("zh")).toMatchInlineSnapshot(`
      "分歧报告：31个数据序列中的53条说法。
      24次比较：12次一致，2处分歧，10次不可比。

      分歧
      1. 贸易额——中国与哈萨克斯坦，2022年
         · over $31 billion（Channon Heenan，2022年）与$24 billion（Channon Heenan，2022年）相互矛盾。
           差额为70亿美元，占较大数值的22.6%；比值为1.29。
           最可能的原因：来源间的系统性差距——2023年（比值1.30，中国的数值高于哈萨克斯坦）也存在类似差距：可能同样是两种统计口径。
           其他可能：统计口径不同——Channon Heenan在同一篇文章中给出了两个数值，可能出自两种不同的统计口径。
           已排除：镜像统计（数值并非来自贸易双方各自的官方机构）；数量级错误（比值1.29不接近一千、一百万或十亿）；货币混淆（只涉及一种货币，不涉及汇率）；时期错位（相邻时期没有相符的数值）；取整（两个区间相差65亿美元，超过取整单位10亿美元）；近似值（差额22.6%超过±10%）。
         采用注明来源的区间法调和。240—310亿美元：两端数值均来自Channon Heenan。
      2. 贸易额——中国与哈萨克斯坦，2023年
         · $31.5 billion（Ministry of Trade and Integration of Kazakhstan，2023年）与$41 billion（Ministry of Foreign Affairs of China，2023年）相互矛盾。
           差额为95亿美元，占较大数值的23.2%；比值为1.30。
           最可能的原因：镜像统计——贸易双方各自统计这一流量，中国的数值高于哈萨克斯坦（比值1.30）。到岸价与离岸价的通常差额约为6%（国际货币基金组织《贸易方向统计》的系数为1.06）；如此大的差距远超运费和保险费，表明存在转口贸易、统计时点不同、贸易伙伴归属、商品归类或低报发票价值等因素。
           其他可能：来源间的系统性差距——此处中国的数值高于哈萨克斯坦，且2022年（比值1.29）也存在类似差距：可能同样是两种统计口径。
           已排除：修订（来源不同）；数量级错误（比值1.30不接近一千、一百万或十亿）；货币混淆（只涉及一种货币，不涉及汇率）；时期错位（相邻时期没有相符的数值）；取整（两个区间相差89.5亿美元，超过取整单位10亿美元）；近似值（差额23.2%超过±10%）。
         · exceeding $41 billion（English news report on Xi Jinping's July 2024 visit to Astana，2023年）与$31.5 billion（Ministry of Trade and Integration of Kazakhstan，2023年）相互矛盾。
           这与$31.5 billion（Ministry of Trade and Integration of Kazakhstan，2023年）和$41 billion（Ministry of Foreign Affairs of China，2023年）之间的分歧相同，只计一次。
         采用注明来源的区间法调和。315—410亿美元：较低数值来自哈萨克斯坦，较高数值来自中国。

      数据序列
      签署的协议——中国与哈萨克斯坦
        2023年秋季，实际值：单一数值——1条说法，1个独立来源
        2024年11月，实际值：单一数值——1条说法，1个独立来源
        2025年9月，实际值：一致——4条说法，1个独立来源
        · over 70（Foreign Intelligence Service of Ukraine，2025年9月，刊于English news report (RBC-Ukraine story)）与понад 70（Foreign Intelligence Service of Ukraine，2025年9月，刊于RBC-Ukraine）相符。
        · 70（Foreign Intelligence Service of Ukraine，2025年9月，刊于English news report (RBC-Ukraine story)）与70（Foreign Intelligence Service of Ukraine，2025年9月，刊于RBC-Ukraine）相符。
        · over 70（Foreign Intelligence Service of Ukraine，2025年9月）与70（Foreign Intelligence Service of Ukraine，2025年9月）相符，但仅在考虑取整或限定词（“超过”“约”）后才相符。
        · 30（Valeriya Morozhnikova，2023年秋季）与eight（Kazinform News Agency，2024年11月）不可比：时期不同。
        · eight（Kazinform News Agency，2024年11月）与over 70（Foreign Intelligence Service of Ukraine，2025年9月）不可比：时期不同。
        · 30（Valeriya Morozhnikova，2023年秋季）与over 70（Foreign Intelligence Service of Ukraine，2025年9月）不可比：时期不同。
      边境线长度——中国与哈萨克斯坦
        无时期，实际值：一致——2条说法，1个独立来源
        · more than 1,700 kilometers（English news report on Xi Jinping's July 2024 visit to Astana）与1,056 miles（English news report on Xi Jinping's July 2024 visit to Astana）相符，但仅在考虑取整或限定词（“超过”“约”）后才相符。
      Chinese investment in Kazakhstan——中国 → 哈萨克斯坦
        2023年，实际值：单一数值——1条说法，1个独立来源
        · $1.8 billion（Valeriya Morozhnikova，2023年）与about US$7 billion（Ministry of Commerce of China，截至2022年1月1日）不可比：范围不同（限定条件）、时期不同。
      Chinese investment in Kazakhstan——中国 → 哈萨克斯坦（统计口径：cumulative stock，类别：direct）
        截至2022年1月1日，实际值：单一数值——1条说法，1个独立来源
        · $1.8 billion（Valeriya Morozhnikova，2023年）与about US$7 billion（Ministry of Commerce of China，截至2022年1月1日）不可比：范围不同（限定条件）、时期不同。
      货运量——Trans-Caspian International Transport Route
        无时期，预测值：单一数值——2条说法，1个独立来源
        2025年，实际值：单一数值——2条说法，1个独立来源
        · 10 million tons（Foreign Intelligence Service of Ukraine，预测值，刊于English news report (RBC-Ukraine story)）与10 млн тонн（Foreign Intelligence Service of Ukraine，预测值，刊于RBC-Ukraine）相符。
        · 2–3 million（Foreign Intelligence Service of Ukraine，2025年，刊于English news report (RBC-Ukraine story)）与2-3 млн（Foreign Intelligence Service of Ukraine，2025年，刊于RBC-Ukraine）相符。
        · 10 million tons（Foreign Intelligence Service of Ukraine，预测值）与2–3 million（Foreign Intelligence Service of Ukraine，2025年）不可比：时期不同、数值性质不同（预测值与实际值）。
      investment in grain processing——Dalian Group → 哈萨克斯坦
        无时期，计划值：单一数值——2条说法，1个独立来源
        · $650 million（Foreign Intelligence Service of Ukraine，计划值，刊于English news report (RBC-Ukraine story)）与$650 млн（Foreign Intelligence Service of Ukraine，计划值，刊于RBC-Ukraine）相符。
      oil shipments via the Middle Corridor——哈萨克斯坦 → 中国
        无时期，预测值：单一数值——1条说法，1个独立来源
        2023年，计划值：单一数值——1条说法，1个独立来源
      贸易额——中国与哈萨克斯坦
        无时期，目标值：单一数值——1条说法，1个独立来源
        2022年，实际值：分歧——2条说法，1个独立来源
        2023年，实际值：分歧——4条说法，3个独立来源
        · $41 billion（Ministry of Foreign Affairs of China，2023年）与$41 billion（Valeriya Morozhnikova，2023年）相符。
          转引——$41 billion（Valeriya Morozhnikova，2023年）在同一篇文章中重复了$41 billion（Ministry of Foreign Affairs of China，2023年），因此不构成独立佐证。
        · exceeding $41 billion（English news report on Xi Jinping's July 2024 visit to Astana，2023年）与$41 billion（Ministry of Foreign Affairs of China，2023年）相符，但仅在考虑取整或限定词（“超过”“约”）后才相符。
        · $40 billion（Kassym-Jomart Tokayev，目标值）与$41 billion（Ministry of Foreign Affairs of China，2023年）不可比：时期不同、数值性质不同（目标值与实际值）。
          实际值达到了目标值。
      trade turnover growth multiple——中国与哈萨克斯坦
        无时期，目标值：一致——2条说法，2个独立来源
        · double（Kassym-Jomart Tokayev，目标值）与double（Valeriya Morozhnikova，目标值）相符。
      value of agreements signed——中国与哈萨克斯坦
        2023年秋季，实际值：单一数值——1条说法，1个独立来源
        2024年11月，实际值：单一数值——1条说法，1个独立来源
        2025年9月，实际值：单一数值——2条说法，1个独立来源
        · more than $15 billion（Foreign Intelligence Service of Ukraine，2025年9月，刊于English news report (RBC-Ukraine story)）与понад 15 млрд доларів（Foreign Intelligence Service of Ukraine，2025年9月，刊于RBC-Ukraine）相符。
        · $16.54 billion（Valeriya Morozhnikova，2023年秋季）与$2.5 billion（Kazinform News Agency，2024年11月）不可比：时期不同。
        · $2.5 billion（Kazinform News Agency，2024年11月）与more than $15 billion（Foreign Intelligence Service of Ukraine，2025年9月）不可比：时期不同。
        · $16.54 billion（Valeriya Morozhnikova，2023年秋季）与more than $15 billion（Foreign Intelligence Service of Ukraine，2025年9月）不可比：时期不同。
      visits by Xi Jinping to Kazakhstan——Xi Jinping → 哈萨克斯坦（统计时段：as President）
        2024年7月，实际值：单一数值——1条说法，1个独立来源
        · fifth（Valeriya Morozhnikova，2024年7月）与third（English news report (RBC-Ukraine story)，2025年6月）不可比：范围不同（限定条件）、时期不同。
      visits by Xi Jinping to Kazakhstan——Xi Jinping → 哈萨克斯坦（统计时段：since 2020）
        2025年6月，实际值：一致——2条说法，2个独立来源
        · third（English news report (RBC-Ukraine story)，2025年6月）与третім（RBC-Ukraine，2025年6月）相符。
        · fifth（Valeriya Morozhnikova，2024年7月）与third（English news report (RBC-Ukraine story)，2025年6月）不可比：范围不同（限定条件）、时期不同。

      19个数据序列只有一个数值，无可比较：
        anniversary of diplomatic relations——中国与哈萨克斯坦
        China-Central Asia summits——中国与Central Asia（形式：in-person）
        external debt owed to China——哈萨克斯坦 → 中国
        external debt owed to China as a share of GDP——哈萨克斯坦 → 中国
        foreign trips by Xi Jinping——Xi Jinping（统计时段：since the COVID-19 pandemic）
        growth of Chinese investment in Kazakhstan——中国 → 哈萨克斯坦
        joint projects under implementation——中国与哈萨克斯坦
        meetings of the SCO Council of Heads of State——Shanghai Cooperation Organization
        original member countries——Shanghai Five
        rank among sources of Kazakhstan's imports——中国
        rank by share of petroleum production in Kazakhstan——European countries
        认定的民族——中国
        share of petroleum production in Kazakhstan——European countries
        share of petroleum production in Kazakhstan——KazMunaiGaz
        share of petroleum production in Kazakhstan——俄罗斯
        share of petroleum production in Kazakhstan——美国
        size rank among groups affected by China's repressive policies in Xinjiang——ethnic Kazakhs
        trade turnover gap with Kazakhstan——俄罗斯 → 中国
        value of joint projects under implementation——中国与哈萨克斯坦

      算术关系与时间线
      6项算术关系和3项时间线核查：0处分歧，5个推算值
        · border-km-mi: 单位换算：若第一个数值为“more than 1,700 kilometers”，则第二个数值为至少1056.3英里；所述“1,056 miles”与之相符。
        · cn-investment-2022-implied: 百分比变化：若新值为“$1.8 billion”，变化率为“16%”，则原值应为15.02—16.02亿美元。
        · kz-gdp-implied: 占整体的份额：若部分为“$9.2 billion”，份额为“3.5%”，则整体应为2577—2682亿美元。
        · kz-ru-trade-2022-implied: 差值：若减数为“$24 billion”，差为“$2 billion”，则被减数应为250—270亿美元。
        · trade-doubled-target-implied: 倍数：若基数为“$41 billion”，倍数为“double”，则结果应为810—830亿美元。
        · petroleum-shares: 各部分之和：第1部分为“31 per cent”，第2部分为“31 per cent”，第3部分为“17 per cent”，第4部分为“3.5 per cent”，合计80.95—84.05%，不超过100%；其余部分占15.95—19.05%。
        · xi-fifth-visit-as-president: “fifth”属实：时间线上截至2024年7月2日，这是第5次。
        · xi-third-visit-since-2020-en: “third”属实：时间线上2020年1月1日至2025年6月16日期间，这是第3次。
        · xi-third-visit-since-2020-uk: “третім”属实：时间线上2020年1月1日至2025年6月16日期间，这是第3次。
      "
    `);
  });
});

import { describe, expect, it } from "vitest";
import { claim } from "../../src/claim/claim.js";
import { isDiscrepancyError } from "../../src/errors.js";
import { reconcileAll } from "../../src/reconcile/reconcileAll.js";
import { formatCorpusReconciliation } from "../../src/report/formatCorpusReconciliation.js";
import { toNotebookDisplay } from "../../src/notebook/toNotebookDisplay.js";

// Springfield: census and atlas agree, blog is a tenth high; Shelbyville: all three agree, and blog is
// wrong again in 2021 against census alone; an estimate (not an actual figure) stands alone.
const at = (id: string, source: string, place: string, period: string, value: string, modality?: "estimate") =>
  claim({ id, metric: "population", subject: [place], period, value, source, ...(modality !== undefined ? { modality } : {}) });
const claims = [
  at("census-S20", "census", "Springfield", "2020", "30,120"),
  at("atlas-S20", "atlas", "Springfield", "2020", "30,120"),
  at("blog-S20", "blog", "Springfield", "2020", "33,000"),
  at("census-B20", "census", "Shelbyville", "2020", "12,400"),
  at("atlas-B20", "atlas", "Shelbyville", "2020", "about 12,000"),
  at("blog-B20", "blog", "Shelbyville", "2020", "12,400"),
  at("census-B21", "census", "Shelbyville", "2021", "12,600"),
  at("blog-B21", "blog", "Shelbyville", "2021", "16,000"),
  at("blog-B25", "blog", "Shelbyville", "2025", "20,000", "estimate"),
];

describe("formatCorpusReconciliation", () => {
  it("text: the counts, each contested estimate with the figures for and against it, then the sources, least reliable first", () => {
    expect(formatCorpusReconciliation(reconcileAll(claims), { claims })).toMatchInlineSnapshot(`
      "Corpus reconciliation (truth discovery): 9 claims from 3 sources: 4 estimates, 2 contested.
      Converged after 37 rounds.

      Contested estimates
      1. population — Shelbyville, 2021: 12,600 (confidence 0.70)
         for: 12,600 (census)
         against: 16,000 (blog)
      2. population — Springfield, 2020: 30,120 (confidence 0.92)
         for: 30,120 (atlas; census)
         against: 33,000 (blog)

      Sources, least reliable first
        0.415  blog (4 claims)
        0.517  atlas (2 claims)
        0.776  census (3 claims)
      "
    `);
  });

  it("markdown: the same as tables", () => {
    expect(formatCorpusReconciliation(reconcileAll(claims, { method: "majority" }), { claims, format: "markdown" })).toMatchInlineSnapshot(`
      "## Corpus reconciliation (majority vote)

      **9 claims from 3 sources: 4 estimates, 2 contested**

      ### Contested estimates

      | # | Series | Period | Estimate | Confidence | For | Against |
      | --- | --- | --- | --- | --- | --- | --- |
      | 1 | population — Shelbyville | 2021 | 12,600 | 0.50 | 12,600 (census) | 16,000 (blog) |
      | 2 | population — Springfield | 2020 | 30,120 | 0.67 | 30,120 (atlas; census) | 33,000 (blog) |

      ### Sources, least reliable first

      | Source | Reliability | Claims |
      | --- | --- | --- |
      | blog | 0.438 | 4 |
      | atlas | 0.917 | 2 |
      | census | 0.938 | 3 |
      "
    `);
  });

  it("accu: names the method and reports its rounds, in every format", () => {
    const r = reconcileAll(claims, { method: "accu" });
    const text = formatCorpusReconciliation(r, { claims });
    expect(text.split("\n")[0]).toContain("(truth discovery (Accu))");
    expect(text.split("\n")[1]).toMatch(/^Converged after \d+ rounds\.$/);
    expect(formatCorpusReconciliation(r, { claims, format: "markdown" })).toMatch(/Converged after \d+ rounds\./);
    expect(JSON.parse(formatCorpusReconciliation(r, { format: "json" })).method).toBe("accu");
  });

  it("median estimates have no confidence; nothing contested says so", () => {
    const text = formatCorpusReconciliation(reconcileAll(claims, { method: "median" }), { claims });
    expect(text).toContain("Corpus reconciliation (median): 9 claims from 3 sources");
    expect(text).not.toContain("confidence");
    const agreeing = claims.filter((c) => !c.id.startsWith("blog"));
    expect(formatCorpusReconciliation(reconcileAll(agreeing), { claims: agreeing })).toContain("None: the claims of every estimate agree.");
  });

  it("json is the result as plain data, decimals as strings; it needs no claims", () => {
    const result = reconcileAll(claims);
    const json = formatCorpusReconciliation(result, { format: "json" });
    expect(json).toBe(`${JSON.stringify(result, null, 2)}\n`);
    const parsed = JSON.parse(json) as { results: { estimate: { value: unknown } }[]; method: string };
    expect(parsed.method).toBe("truth-discovery");
    expect(parsed.results[0]!.estimate.value).toBe("12400");
  });

  it("says when an estimate is not about actual figures", () => {
    const forecasts = [at("a", "a", "X", "2030", "100", "estimate"), at("b", "b", "X", "2030", "120", "estimate")];
    expect(formatCorpusReconciliation(reconcileAll(forecasts), { claims: forecasts })).toContain("1. population — X, 2030 (estimate): 120");
  });

  it("says which sources copy: text beside the source when it is not 0.00, Markdown in a column", () => {
    // mirror repeats a one-off source's wrong figure in ten places where three sources agree; blog is
    // alone and wrong in ten others (so not every error in the corpus is shared).
    const copied: ReturnType<typeof claim>[] = [];
    for (let i = 0; i < 10; i++) {
      for (const s of ["census", "atlas", "bureau"]) copied.push(at(`${s}-P${i}`, s, `P${i}`, "2020", `${1000 + i}`), at(`${s}-Q${i}`, s, `Q${i}`, "2020", `${2000 + i}`));
      copied.push(at(`anon${i}-P${i}`, `anon${i}`, `P${i}`, "2020", `${1500 + i}`), at(`mirror-P${i}`, "mirror", `P${i}`, "2020", `${1500 + i}`));
      copied.push(at(`blog-Q${i}`, "blog", `Q${i}`, "2020", `${2500 + i}`));
    }
    const result = reconcileAll(copied);
    const mirror = result.sources.find((s) => s.name === "mirror")!;
    expect(mirror.copying).toBeGreaterThan(0.4);
    const text = formatCorpusReconciliation(result, { claims: copied });
    expect(text).toContain(`mirror (10 claims; copying ${mirror.copying!.toFixed(2)})`);
    expect(text).toMatch(/ census \(20 claims\)\n/);
    const markdown = formatCorpusReconciliation(result, { claims: copied, format: "markdown" });
    expect(markdown).toContain("| Source | Reliability | Claims | Copying |");
    expect(markdown).toContain(`| mirror | ${mirror.reliability.toFixed(3)} | 10 | ${mirror.copying!.toFixed(2)} |`);
  });

  it("renders in notebooks (toNotebookDisplay): the text format and HTML tables, the first 100 rows of each list", () => {
    const result = reconcileAll(claims);
    expect(Object.getOwnPropertySymbols(result)).toEqual([]); // plain data: display is opt-in
    const bundle = toNotebookDisplay(result, { claims });
    expect(bundle["text/plain"]).toBe(formatCorpusReconciliation(result, { claims }));
    expect(bundle["text/html"]).toContain("<h4>Contested estimates</h4>");
    expect(bundle["text/html"]).toContain("<td>30,120 (atlas; census)</td><td>33,000 (blog)</td>");
    expect(JSON.stringify(result)).toBe(JSON.stringify({ ...result }));
    // 150 places where blog alone is wrong, and 151 one-off sources: the display stops at 100 of each.
    const many = Array.from({ length: 150 }, (_, i) => [at(`c${i}`, "census", `P${i}`, "2020", `${1000 + i}`), at(`b${i}`, "blog", `P${i}`, "2020", `${5000 + i}`), at(`o${i}`, `one-off ${i}`, `P${i}`, "2020", `${1000 + i}`)]).flat();
    const shown = toNotebookDisplay(reconcileAll(many), { claims: many });
    expect(shown["text/plain"]).toContain("100. population — P");
    expect(shown["text/plain"]).not.toContain("101. population");
    expect(shown["text/plain"]).toContain("… and 50 more (formatCorpusReconciliation lists them all)");
    expect(shown["text/plain"]).toContain("… and 52 more (formatCorpusReconciliation lists them all)");
    expect(shown["text/html"]).toContain("<p>… and 50 more (formatCorpusReconciliation lists them all)</p>");
  });

  it("names a claim it was not given by its id", () => {
    const text = formatCorpusReconciliation(reconcileAll(claims), { claims: claims.filter((c) => c.id !== "blog-S20") });
    expect(text).toContain('against: "blog-S20"');
  });

  it.each([
    [() => formatCorpusReconciliation(null as never), "expected the result of reconcileAll(), got null"],
    [() => formatCorpusReconciliation(claims as never), "expected the result of reconcileAll(), got an array of 9"],
    [
      () => {
        const r = reconcileAll(claims);
        return formatCorpusReconciliation({ ...r, results: [r.results[0], { claimIds: 5 }] } as never, { claims });
      },
      "reconciliation.results[1] is not what reconcileAll() returns: an object",
    ],
    [() => formatCorpusReconciliation({ ...reconcileAll(claims), sources: [{ name: "x" }] } as never), "reconciliation.sources[0] is not what reconcileAll() returns"],
    [() => formatCorpusReconciliation(reconcileAll(claims), { format: "pdf" } as never), 'unknown report format "pdf"'],
    [() => formatCorpusReconciliation(reconcileAll(claims)), "text and Markdown need the reconciled claims: pass them as options.claims"],
    [() => formatCorpusReconciliation(reconcileAll(claims), { claims: [{ id: "x" }] } as never), "options.claims[0] is not a claim"],
  ])("refuses bad input with a DiscrepancyError that names it (%#)", (call, message) => {
    expect(call).toThrow(message);
    try {
      call();
    } catch (error) {
      expect(isDiscrepancyError(error)).toBe(true);
    }
  });
});

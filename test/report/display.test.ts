import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { describe, expect, it } from "vitest";
import { compare } from "../../src/compare/compare.js";
import { findDiscrepancies } from "../../src/compare/findDiscrepancies.js";
import type { MimeBundle } from "../../src/report/withDisplay.js";
import { cn, corpus, kz } from "./corpus.js";

const KEY = Symbol.for("Jupyter.display");
const bundleOf = (value: object): MimeBundle => (value as Record<symbol, () => MimeBundle>)[KEY]!();

describe("notebook display", () => {
  it("a report renders as text, HTML and a Vega-Lite v5 chart", async () => {
    const report = findDiscrepancies(corpus);
    const bundle = bundleOf(report);
    expect(Object.keys(bundle).sort()).toEqual(["application/vnd.vegalite.v5+json", "text/html", "text/plain"]);
    expect(bundle["text/plain"]).toMatch(/^Discrepancy report: 4 claims in 2 series\./);
    expect(bundle["text/html"]).toContain("<table>");
    expect(bundle["text/html"]).toContain('<a href="https://example.org/xinhua/2024-01-12">Xinhua</a>');
    const spec = bundle["application/vnd.vegalite.v5+json"]!;
    expect(spec.$schema).toBe("https://vega.github.io/schema/vega-lite/v5.json");
    const svg = await new vega.View(vega.parse(compile(spec as unknown as TopLevelSpec).spec), { renderer: "none" }).toSVG();
    expect(svg).toContain("Ministry of Trade and Integration of Kazakhstan");
  });

  it("is invisible to JSON, spreading, keys and equality", () => {
    const report = findDiscrepancies(corpus);
    expect(Object.keys(report)).toEqual(["summary", "series", "comparisons", "conflicts"]);
    expect(Object.getOwnPropertySymbols({ ...report })).toEqual([]);
    expect(Object.isFrozen(report)).toBe(true);
    expect(report).toStrictEqual({ ...report }); // the spread has no display method, and equality does not mind
    expect(Object.getOwnPropertyDescriptor(report, KEY)?.enumerable).toBe(false);
    expect(report.summary).toEqual(findDiscrepancies([...corpus].reverse()).summary);
  });

  it("a comparison renders its sentences, the two figures and their chart", () => {
    const comparison = compare(kz, cn);
    const bundle = bundleOf(comparison);
    expect(bundle["text/plain"]).toContain("$31.5 billion (Ministry of Trade and Integration of Kazakhstan, 2023) and $41 billion");
    expect(bundle["text/html"]).toContain("<strong>conflict</strong>");
    expect(JSON.stringify(bundle["application/vnd.vegalite.v5+json"])).toContain('"status":"conflict"');
    expect(comparison).toStrictEqual({ ...comparison });
    expect(Object.getOwnPropertyDescriptor(comparison, KEY)?.enumerable).toBe(false);
  });

  it("escapes claim text in HTML", () => {
    const bundle = bundleOf(
      findDiscrepancies([
        cn,
        { ...kz, id: "x", source: { name: "<script>alert(1)</script>" } },
      ]),
    );
    expect(bundle["text/html"]).not.toContain("<script>");
    expect(bundle["text/html"]).toContain("&lt;script&gt;");
  });
});

import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { describe, expect, it } from "vitest";
import { compare } from "../../src/compare/compare.js";
import { findDiscrepancies } from "../../src/compare/findDiscrepancies.js";
import { isDiscrepancyError } from "../../src/errors.js";
import { display } from "../../src/notebook/display.js";
import { toNotebookDisplay } from "../../src/notebook/toNotebookDisplay.js";
import { reconcile } from "../../src/reconcile/createReconciler.js";
import { reconcileAll } from "../../src/reconcile/reconcileAll.js";
import type { MimeBundle } from "../../src/report/mimeBundle.js";
import { cn, corpus, kz } from "../report/corpus.js";

const KEY = Symbol.for("Jupyter.display");
const bundleOf = (value: object): MimeBundle => (value as Record<symbol, () => MimeBundle>)[KEY]!();

describe("results are plain data", () => {
  it("findDiscrepancies, compare, reconcile and reconcileAll return values without a display method", () => {
    for (const result of [findDiscrepancies(corpus), compare(kz, cn), reconcile([cn, kz]), reconcileAll(corpus)]) {
      expect(Object.getOwnPropertySymbols(result)).toEqual([]);
      expect(Object.isFrozen(result)).toBe(true);
    }
  });
});

describe("display (discrepancy/notebook)", () => {
  it("a report renders as text, HTML and a Vega-Lite v5 chart", async () => {
    const report = display(findDiscrepancies(corpus), { claims: corpus });
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

  it("without claims a report is text and tables, no chart", () => {
    const bundle = bundleOf(display(findDiscrepancies(corpus)));
    expect(Object.keys(bundle).sort()).toEqual(["text/html", "text/plain"]);
  });

  it("is a copy, invisible to JSON, spreading, keys and equality; the result is untouched", () => {
    const plain = findDiscrepancies(corpus);
    const report = display(plain, { claims: corpus });
    expect(report).not.toBe(plain);
    expect(Object.getOwnPropertySymbols(plain)).toEqual([]);
    expect(Object.keys(report)).toEqual(["summary", "series", "comparisons", "conflicts"]);
    expect(JSON.stringify(report)).toBe(JSON.stringify(plain));
    expect(Object.getOwnPropertySymbols({ ...report })).toEqual([]);
    expect(Object.isFrozen(report)).toBe(true);
    expect(report).toStrictEqual({ ...report }); // the spread has no display method, and equality does not mind
    expect(report).toStrictEqual(plain);
    expect(Object.getOwnPropertyDescriptor(report, KEY)?.enumerable).toBe(false);
    // A result parsed from JSON (extensible) is not changed either.
    const parsed = JSON.parse(JSON.stringify(compare(kz, cn))) as object;
    display(parsed as never);
    expect(Object.getOwnPropertySymbols(parsed)).toEqual([]);
  });

  it("a comparison renders its sentences, the two figures and their chart", () => {
    const comparison = display(compare(kz, cn), { claims: [cn, kz] });
    const bundle = bundleOf(comparison);
    expect(bundle["text/plain"]).toContain("$31.5 billion (Ministry of Trade and Integration of Kazakhstan, 2023) and $41 billion");
    expect(bundle["text/html"]).toContain("<strong>conflict</strong>");
    expect(JSON.stringify(bundle["application/vnd.vegalite.v5+json"])).toContain('"status":"conflict"');
    expect(comparison).toStrictEqual({ ...comparison });
    expect(Object.getOwnPropertyDescriptor(comparison, KEY)?.enumerable).toBe(false);
  });

  it("a reconciliation renders its sentences", () => {
    const bundle = toNotebookDisplay(reconcile([cn, kz], { method: "attributed-range" }));
    expect(bundle["text/plain"]).toMatch(/^Reconciled/);
    expect(bundle["text/html"]).toContain('<div class="discrepancy-reconciliation">');
  });

  it("a corpus reconciliation needs its claims, and renders its text and tables with them", () => {
    const result = reconcileAll(corpus);
    expect(() => display(result)).toThrow(/options\.claims/);
    const bundle = bundleOf(display(result, { claims: corpus }));
    expect(bundle["text/plain"]).toMatch(/^Corpus reconciliation/);
    expect(bundle["text/html"]).toContain("<h4>Sources, least reliable first</h4>");
  });

  it("toNotebookDisplay gives the bundle the display method returns", () => {
    const report = findDiscrepancies(corpus);
    expect(toNotebookDisplay(report, { claims: corpus })).toEqual(bundleOf(display(report, { claims: corpus })));
  });

  it("refuses, when called, what it cannot show, naming it", () => {
    for (const bad of [null, 42, "report", {}, { verdict: "conflict" }, [cn]]) {
      let error: unknown;
      try {
        display(bad as never);
      } catch (e) {
        error = e;
      }
      expect(isDiscrepancyError(error), String(bad)).toBe(true);
      expect((error as Error).message).toContain("display() takes");
    }
    expect(() => display(findDiscrepancies(corpus), { claims: [{ id: "x" }] as never })).toThrow(/options\.claims\[0\]/);
    expect(() => toNotebookDisplay(findDiscrepancies(corpus), null as never)).toThrow(/options/);
  });

  it("escapes claim text in HTML", () => {
    const claims = [cn, { ...kz, id: "x", source: { name: "<script>alert(1)</script>" } }];
    const bundle = toNotebookDisplay(findDiscrepancies(claims), { claims });
    expect(bundle["text/html"]).not.toContain("<script>");
    expect(bundle["text/html"]).toContain("&lt;script&gt;");
  });
});

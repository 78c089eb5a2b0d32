import * as vega from "vega";
import { compile } from "vega-lite";
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/claim/types.js";
import { buildVegaLite } from "../../src/report/buildVegaLite.js";
import { agreements, exceeding, kz, mfa } from "./fixtures.js";

const statusOf = (claim: Claim) => (claim === agreements ? "not compared" : claim === exceeding ? "consistent" : "conflict");

describe("buildVegaLite", () => {
  const spec = buildVegaLite([mfa, kz, exceeding, agreements], statusOf, { title: "seed" });

  it("is a Vega-Lite v5 spec with one panel per series", () => {
    expect(spec.$schema).toBe("https://vega.github.io/schema/vega-lite/v5.json");
    expect((spec.vconcat as unknown[]).length).toBe(2);
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it("lays out each claim's interval in its series' scale", () => {
    const rows = (spec.data as { values: Record<string, unknown>[] }).values;
    expect(rows.find((r) => r.claim === "kz-2023")).toMatchObject({
      group: 0, low: 31.45, high: 31.55, value: 31.5, open: false, status: "conflict",
      row: "2023 · Ministry of Trade and Integration of Kazakhstan", interval: "[31.45, 31.55]",
    });
    expect(rows.find((r) => r.claim === "cn-2023")).toMatchObject({ low: 40.5, high: 41.5, text: "$41 billion" });
    const over = rows.find((r) => r.claim === "cn-2023-exceeding");
    expect(over).toMatchObject({ low: 41, open: true, interval: "(41, ∞)" });
    expect(over?.high as number).toBeGreaterThan(41.5);
    const panels = spec.vconcat as { title: { text: string; subtitle?: string } }[];
    expect(panels[0]?.title).toMatchObject({ text: "trade turnover — China & Kazakhstan", subtitle: "billion USD" });
    expect(panels[1]?.title.subtitle).toBeUndefined();
  });

  it("compiles with vega-lite and renders to SVG with vega, bars coloured by status", async () => {
    const compiled = compile(spec as never).spec;
    const view = new vega.View(vega.parse(compiled), { renderer: "none" });
    const svg = await view.toSVG();
    view.finalize();
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("trade turnover — China &amp; Kazakhstan");
    expect(svg).toContain("Ministry of Trade and Integration of Kazakhstan");
    expect(svg).toContain("#d62728"); // the conflicting pair is red
    expect(svg).toContain("$31.5 billion");
  });
});

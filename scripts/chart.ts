// `npm run chart`: draws the seed corpus (examples/kazakhstan-china/claims.json) as docs/seed-chart.svg,
// the chart the README shows. Headless: vega renders SVG without a canvas.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { parseClaims, toVegaLite } from "../src/index.js";

const corpus: unknown = JSON.parse(readFileSync(new URL("../examples/kazakhstan-china/claims.json", import.meta.url), "utf8"));
const { claims, issues } = parseClaims(corpus);
for (const issue of issues) console.error(`${issue.path.join(".")}: ${issue.message}`);
if (issues.length > 0) process.exit(2);

const spec = toVegaLite(claims, { title: "China–Kazakhstan news: what each figure allows", minClaims: 2 });
const view = new vega.View(vega.parse(compile(spec as unknown as TopLevelSpec).spec), { renderer: "none" });
const svg = await view.toSVG();
view.finalize();
mkdirSync(new URL("../docs/", import.meta.url), { recursive: true });
writeFileSync(new URL("../docs/seed-chart.svg", import.meta.url), svg);
console.log(`docs/seed-chart.svg: ${claims.length} claims`);

/**
 * Extraction throughput on the English seed articles, side by side in the same run with Microsoft
 * Recognizers-Text (the JavaScript port, `@microsoft/recognizers-text-number-with-unit` and
 * `-number`) recognising currency, dimension, number and percent on the same paragraphs; and how many
 * of the peer's currency amounts we also find (same value, overlapping span).
 *
 * Run: `npm run bench` (or `npx tsx bench/extract.bench.ts`). Figures go to bench/README.md.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import * as Number_ from "@microsoft/recognizers-text-number";
import * as NumberWithUnit from "@microsoft/recognizers-text-number-with-unit";
import { build } from "tsup";
import { Decimal } from "../src/decimal.js";
import { extractQuantities as extractFromSource } from "../src/extract/extractQuantities.js";
import { getUnit } from "../src/units/registry.js";

// The library ships as one bundle built by tsup (tree-shaken, es2022); tsx runs the sources with
// per-module getters and name-keeping wrappers that the bundle does not have. So the bundle is built
// here with tsup — a declared dev dependency — the way `npm run build` builds it, and measured; the
// sources are measured too, for comparison.
const outDir = mkdtempSync(join(tmpdir(), "discrepancy-bench-"));
await build({
  entry: { index: new URL("../src/index.ts", import.meta.url).pathname },
  format: ["esm"],
  outDir,
  target: "es2022",
  treeshake: true,
  dts: false,
  sourcemap: false,
  splitting: false,
  silent: true,
  config: false,
  external: ["decimal.js", "zod", "vitest", "fast-check"],
});
const bundleName = readdirSync(outDir).find((name) => name.endsWith(".js") || name.endsWith(".mjs")) ?? "index.js";
// Resolve the bundle's bare imports from this package's node_modules; `.mjs` so that it loads as ESM.
const bundleText = readFileSync(join(outDir, bundleName), "utf8").replaceAll(
  /from ["'](decimal\.js|zod)["']/g,
  (_m, name: string) => `from "${import.meta.resolve(name)}"`,
);
const bundlePath = join(outDir, "bench.mjs");
writeFileSync(bundlePath, bundleText);
const { extractQuantities } = (await import(pathToFileURL(bundlePath).href)) as { extractQuantities: typeof extractFromSource };
rmSync(outDir, { recursive: true, force: true });

const SEEDS = ["000_9453fef2b2b5972f.txt", "002_be52d52dbd42fc88.txt", "003_56873b67db2e050e.txt", "004_81627ce0333f9068.txt"];
const paragraphs = SEEDS.flatMap((name) =>
  readFileSync(new URL(`../../shared/seeds/${name}`, import.meta.url), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0),
);
const bytes = paragraphs.reduce((n, p) => n + Buffer.byteLength(p, "utf8"), 0);
const culture = NumberWithUnit.Culture.English;

const peer = (text: string) => [
  ...NumberWithUnit.recognizeCurrency(text, culture),
  ...NumberWithUnit.recognizeDimension(text, culture),
  ...Number_.recognizeNumber(text, culture),
  ...Number_.recognizePercentage(text, culture),
];
const ours = (text: string) => extractQuantities(text, { lang: "en", publishedAt: "2025-09-05" });
const oursFromSource = (text: string) => extractFromSource(text, { lang: "en", publishedAt: "2025-09-05" });

/**
 * Runs `fn` over every paragraph, repeating for at least `minMs`, best of three timed runs: MB/s of
 * wall-clock time, and MB/s of this process's CPU time, which a machine shared with other jobs
 * disturbs far less (the load average is printed with the figures).
 */
const throughput = (fn: (text: string) => unknown, minMs: number): { wall: number; cpu: number } => {
  for (const p of paragraphs) fn(p); // warm up
  let wall = 0;
  let cpu = 0;
  for (let run = 0; run < 3; run++) {
    let rounds = 0;
    const start = performance.now();
    const startCpu = process.cpuUsage();
    let elapsed = 0;
    do {
      for (const p of paragraphs) fn(p);
      rounds++;
      elapsed = performance.now() - start;
    } while (elapsed < minMs);
    const used = process.cpuUsage(startCpu);
    const megabytes = (rounds * bytes) / 1e6;
    wall = Math.max(wall, megabytes / (elapsed / 1000));
    cpu = Math.max(cpu, megabytes / ((used.user + used.system) / 1e6));
  }
  return { wall, cpu };
};

const load = loadavg()[0] ?? 0;
const oursMBs = throughput(ours, 1000);
const sourceMBs = throughput(oursFromSource, 1000);
const peerMBs = throughput(peer, 1000);

// Coverage: the peer's currency amounts that we also find (overlapping span, same value, a currency).
let peerAmounts = 0;
let found = 0;
const missed: string[] = [];
for (const p of paragraphs) {
  const mine = ours(p);
  for (const r of NumberWithUnit.recognizeCurrency(p, culture)) {
    const value = (r.resolution as { value?: string | null } | undefined)?.value;
    if (value === undefined || value === null) continue;
    peerAmounts++;
    const end = r.end + 1; // the peer's end is inclusive
    const hit = mine.some(
      (m) => m.start < end && r.start < m.end && getUnit(m.quantity.unit)?.dimension === "currency" && m.quantity.value.eq(new Decimal(value)),
    );
    if (hit) found++;
    else missed.push(r.text);
  }
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), Node ${process.versions.node}, ${new Date().toISOString().slice(0, 10)}, load average ${fmt(load)} at the start`);
console.log(`corpus: ${paragraphs.length} paragraphs of the English seed articles, ${bytes} bytes`);
console.log("");
console.log("| extractor | MB/s (wall clock) | MB/s (CPU time) |");
console.log("|---|---|---|");
console.log(`| discrepancy extractQuantities (bundled, as shipped) | ${fmt(oursMBs.wall)} | ${fmt(oursMBs.cpu)} |`);
console.log(`| discrepancy extractQuantities (sources under tsx) | ${fmt(sourceMBs.wall)} | ${fmt(sourceMBs.cpu)} |`);
console.log(`| Recognizers-Text (currency + dimension + number + percent) | ${fmt(peerMBs.wall, 4)} | ${fmt(peerMBs.cpu, 4)} |`);
console.log("");
console.log(`speed ratio: ${fmt(oursMBs.wall / peerMBs.wall, 0)}× (wall clock), ${fmt(oursMBs.cpu / peerMBs.cpu, 0)}× (CPU time)`);
console.log(`peer currency amounts we also find: ${found}/${peerAmounts} (${fmt((100 * found) / Math.max(1, peerAmounts), 1)} %)${missed.length > 0 ? `; missed: ${missed.join(", ")}` : ""}`);

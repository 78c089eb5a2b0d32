/**
 * Extraction throughput on the English seed articles, side by side in the same run with Microsoft
 * Recognizers-Text (the JavaScript port, `@microsoft/recognizers-text-number-with-unit` and
 * `-number`) recognising currency, dimension, number and percent on the same paragraphs; and how many
 * of the peer's currency amounts we also find (same value, overlapping span).
 *
 * Run: `npm run bench` (or `npx tsx bench/extract.bench.ts`). Figures go to bench/README.md.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import * as Number_ from "@microsoft/recognizers-text-number";
import * as NumberWithUnit from "@microsoft/recognizers-text-number-with-unit";
import { Decimal } from "../src/decimal.js";
import { extractQuantities as extractFromSource } from "../src/extract/extractQuantities.js";
import { getUnit } from "../src/units/registry.js";

// The library as it ships is one bundled file (tsup/esbuild); tsx runs the sources with per-module
// getters and name-keeping wrappers that the bundle does not have. So the bundle is built here, in
// memory, the way tsup builds it, and measured; the sources are measured too, for comparison.
const bundled = await build({
  entryPoints: [new URL("../src/index.ts", import.meta.url).pathname],
  bundle: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  external: ["decimal.js", "zod", "date-fns", "@date-fns/utc"],
  write: false,
});
const bundlePath = join(tmpdir(), `discrepancy-bench-${process.pid}.mjs`);
writeFileSync(bundlePath, bundled.outputFiles[0]?.text ?? "");
// Resolve the bundle's bare imports from this package's node_modules.
const bundleText = readFileSync(bundlePath, "utf8").replaceAll(/from "(decimal\.js|zod|date-fns|@date-fns\/utc)"/g, (_m, name: string) => `from "${import.meta.resolve(name)}"`);
writeFileSync(bundlePath, bundleText);
const { extractQuantities } = (await import(pathToFileURL(bundlePath).href)) as { extractQuantities: typeof extractFromSource };

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

/** Runs `fn` over every paragraph, repeating for at least `minMs`; returns MB/s (best of 3 timed runs). */
const throughput = (fn: (text: string) => unknown, minMs: number): number => {
  for (const p of paragraphs) fn(p); // warm up
  let best = 0;
  for (let run = 0; run < 3; run++) {
    let rounds = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      for (const p of paragraphs) fn(p);
      rounds++;
      elapsed = performance.now() - start;
    } while (elapsed < minMs);
    best = Math.max(best, (rounds * bytes) / 1e6 / (elapsed / 1000));
  }
  return best;
};

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
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), Node ${process.versions.node}, ${new Date().toISOString().slice(0, 10)}`);
console.log(`corpus: ${paragraphs.length} paragraphs of the English seed articles, ${bytes} bytes`);
console.log("");
console.log("| extractor | MB/s |");
console.log("|---|---|");
console.log(`| discrepancy extractQuantities (bundled, as shipped) | ${fmt(oursMBs)} |`);
console.log(`| discrepancy extractQuantities (sources under tsx) | ${fmt(sourceMBs)} |`);
console.log(`| Recognizers-Text (currency + dimension + number + percent) | ${fmt(peerMBs, 4)} |`);
console.log("");
console.log(`speed ratio: ${fmt(oursMBs / peerMBs, 0)}×`);
console.log(`peer currency amounts we also find: ${found}/${peerAmounts} (${fmt((100 * found) / Math.max(1, peerAmounts), 1)} %)${missed.length > 0 ? `; missed: ${missed.join(", ")}` : ""}`);

/**
 * Extraction quality on our real-news paragraphs (test/extract/realNews): recall, precision and bounds
 * right per language and half, ours beside Microsoft Recognizers-Text on the English set, and the time
 * per paragraph of both, in the same run.
 *
 * Run: `npm run eval:extract` (add `-- -v` to list every miss and wrong reading of the development
 * half, `-- -v -vv` of every half). Figures go to
 * bench/README.md.
 */
import { cpus, loadavg } from "node:os";
import { extractQuantities } from "../src/extract/extractQuantities.js";
import { peer, peerResults } from "../test/extract/realNews/peer.js";
import { HELD_OUT } from "../test/extract/realNews/heldOut.js";
import { REAL_NEWS, halfOf, score, scoreAll, toErrors, toTable } from "../test/extract/realNews/score.js";
import type { Paragraph } from "../test/extract/realNews/types.js";

const rows = scoreAll();
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), Node ${process.versions.node}, ${new Date().toISOString().slice(0, 16)} UTC, load average ${(loadavg()[0] ?? 0).toFixed(2)}`);
console.log("\n## discrepancy extractQuantities\n");
console.log(toTable(rows));
const peerRows = (["development", "check"] as const).map((half) => ({
  lang: "en",
  half,
  score: score(REAL_NEWS.en.filter((p) => halfOf(p) === half), peer),
}));
console.log("\n## Recognizers-Text 1.3.1 (currency + dimension + percent + number), English\n");
console.log(
  toTable([...peerRows, { lang: "en", half: "all" as const, score: score(REAL_NEWS.en, peer) }, { lang: "en", half: "held-out" as const, score: score(HELD_OUT.en, peer) }]),
);
if (process.argv.includes("-v")) {
  console.log("\n## Our misses and wrong readings (development half; -vv for every half)\n");
  console.log(toErrors(rows, process.argv.includes("-vv") ? ["development", "check", "held-out"] : ["development"]));
}

/**
 * Milliseconds per paragraph, in wall-clock and in this process's CPU time (which a machine shared with
 * other jobs disturbs far less): best of three runs of at least `minMs`, each over every paragraph,
 * after two warm-up passes.
 */
const perParagraph = (list: readonly Paragraph[], fn: (text: string) => unknown, minMs: number): { wall: number; cpu: number } => {
  for (let w = 0; w < 2; w++) for (const p of list) fn(p.text);
  let wall = Infinity;
  let cpu = Infinity;
  for (let run = 0; run < 3; run++) {
    let rounds = 0;
    const start = performance.now();
    const startCpu = process.cpuUsage();
    let elapsed = 0;
    do {
      for (const p of list) fn(p.text);
      rounds++;
      elapsed = performance.now() - start;
    } while (elapsed < minMs);
    const used = process.cpuUsage(startCpu);
    wall = Math.min(wall, elapsed / (rounds * list.length));
    cpu = Math.min(cpu, (used.user + used.system) / 1000 / (rounds * list.length));
  }
  return { wall, cpu };
};

const all = Object.values(REAL_NEWS).flat();
const peerEn = perParagraph(REAL_NEWS.en, peerResults, 2000);
const oursEn = perParagraph(REAL_NEWS.en, (text) => extractQuantities(text, { lang: "en", publishedAt: "2025-09-05" }), 2000);
const oursAll = perParagraph(all, (text) => extractQuantities(text, { publishedAt: "2025-09-05" }), 2000);
const ms = (n: number) => n.toFixed(3);
console.log(`\n## Time per paragraph (sources under tsx, best of 3 runs of ≥ 2 s; load average ${(loadavg()[0] ?? 0).toFixed(2)} at the end)\n`);
console.log("| extractor | paragraphs | ms per paragraph (wall clock) | ms per paragraph (CPU time) |");
console.log("|---|---|---|---|");
console.log(`| discrepancy extractQuantities, English | ${REAL_NEWS.en.length} | ${ms(oursEn.wall)} | ${ms(oursEn.cpu)} |`);
console.log(`| discrepancy extractQuantities, all four languages | ${all.length} | ${ms(oursAll.wall)} | ${ms(oursAll.cpu)} |`);
console.log(`| Recognizers-Text, English | ${REAL_NEWS.en.length} | ${ms(peerEn.wall)} | ${ms(peerEn.cpu)} |`);
console.log(`\nspeed ratio on English: ${(peerEn.wall / oursEn.wall).toFixed(0)}× (wall clock), ${(peerEn.cpu / oursEn.cpu).toFixed(0)}× (CPU time)`);

/**
 * `findDiscrepancies` at corpus scale: synthetic corpora of 10 thousand, 100 thousand and 1 million
 * claims (bench/generate.ts, seeded), against the floor of merely parsing the same claims' JSON and
 * grouping them by series, measured in the same run and interleaved with it; peak and retained heap;
 * and the command line end to end (`check --format json`) with `--jobs 1` and `--jobs 2`.
 *
 * Run by `npm run bench` (Node gets `--expose-gc` and a larger heap); `BENCH_SIZES=10000,100000` picks
 * the sizes, `BENCH_CLI_SIZE=0` skips the command line. The library is measured as it ships: bundled
 * with esbuild (as tsup builds it), generator included, so claims and library share one Decimal.
 * Claims are built in memory before timing (`toClaims`), as the issue's time goal assumes.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { GCProfiler } from "node:v8";
import { build } from "esbuild";
import type { Claim } from "../src/claim/types.js";
import type { findDiscrepancies as FindDiscrepancies } from "../src/compare/findDiscrepancies.js";
import type { generateCorpus as GenerateCorpus, toClaims as ToClaims } from "./generate.js";
import { fmt, printLinearity, type Row } from "./scaleTable.js";

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const heap = (): number => process.memoryUsage().heapUsed;
const sizes = (process.env.BENCH_SIZES ?? "10000,100000,1000000").split(",").map(Number);
const cliSize = Number(process.env.BENCH_CLI_SIZE ?? "100000");

const dir = mkdtempSync(join(tmpdir(), "discrepancy-bench-"));
const here = (path: string): string => new URL(path, import.meta.url).pathname;

// One bundle of the generator and the library, as tsup bundles the library.
const entry = join(dir, "entry.ts");
writeFileSync(
  entry,
  `export { generateCorpus, toClaims } from ${JSON.stringify(here("./generate.ts"))};\nexport { findDiscrepancies } from ${JSON.stringify(here("../src/compare/findDiscrepancies.ts"))};\n`,
);
await build({ entryPoints: [entry], bundle: true, format: "esm", platform: "node", target: "node20", outfile: join(dir, "lib.mjs"), logLevel: "warning" });
const lib = (await import(pathToFileURL(join(dir, "lib.mjs")).href)) as {
  generateCorpus: typeof GenerateCorpus;
  toClaims: typeof ToClaims;
  findDiscrepancies: typeof FindDiscrepancies;
};

/** The floor: parse the claims' JSON and group the objects by series (metric and subject as written). */
const floor = (json: string): number => {
  const inputs = JSON.parse(json) as { metric: string; subject: string | string[] }[];
  const groups = new Map<string, unknown[]>();
  for (const input of inputs) {
    const subject = input.subject;
    const key = `${input.metric}\u001f${Array.isArray(subject) ? subject.join("\u001e") : subject}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [input]);
    else group.push(input);
  }
  return groups.size;
};

/** Wall time of one run, and the process's CPU time in it (user + system, all threads: the GC's helpers count). */
const time = (run: () => unknown): { wall: number; cpu: number } => {
  gc();
  const startCpu = process.cpuUsage();
  const start = performance.now();
  run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(startCpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
};
const min = (a: { wall: number; cpu: number }, b: { wall: number; cpu: number }): { wall: number; cpu: number } => ({
  wall: Math.min(a.wall, b.wall),
  cpu: Math.min(a.cpu, b.cpu),
});
const INF = { wall: Number.POSITIVE_INFINITY, cpu: Number.POSITIVE_INFINITY };

/** The most heap in use during `run` (just before each collection, and at the end), above what was in use before. */
const peakOf = (run: () => unknown): { peak: number; retained: number; result: unknown } => {
  gc();
  const before = heap();
  const profiler = new GCProfiler();
  profiler.start();
  const result = run();
  const end = heap();
  const stats = profiler.stop();
  let peak = end;
  for (const s of stats?.statistics ?? []) peak = Math.max(peak, s.beforeGC.heapStatistics.usedHeapSize);
  gc();
  return { peak: peak - before, retained: heap() - before, result };
};

const rows: Row[] = [];

console.log("## findDiscrepancies at scale (bundled, claims in memory)\n");
console.log(
  "| claims | comparisons | conflicts | findDiscrepancies wall (CPU) | claims/s (CPU) | floor: JSON.parse + group, wall (CPU) | ratio to floor, wall (CPU) | output floor: JSON.parse of the report | claims' heap B/claim | peak heap in run B/claim | of which report B/claim |",
);
console.log("|---|---|---|---|---|---|---|---|---|---|---|");
for (const n of sizes) {
  const rounds = n >= 1_000_000 ? 2 : 5;
  const { inputs } = lib.generateCorpus({ claims: n, seed: 1 });
  const json = JSON.stringify(inputs);
  gc();
  const before = heap();
  let claims: Claim[] | undefined = lib.toClaims(inputs);
  inputs.length = 0;
  gc();
  const claimsHeap = heap() - before;
  if (rows.length === 0) lib.findDiscrepancies(claims.slice(0, Math.min(n, 20_000))); // warm up
  // Interleaved, best of each: the machine is shared, and both see the same conditions.
  let ms = INF;
  let floorMs = INF;
  for (let r = 0; r < rounds; r++) {
    floorMs = min(floorMs, time(() => floor(json)));
    ms = min(ms, time(() => lib.findDiscrepancies(claims!)));
  }
  const { peak, retained, result } = peakOf(() => lib.findDiscrepancies(claims!));
  const summary = (result as ReturnType<typeof FindDiscrepancies>).summary;
  // What merely building the report's objects costs: parsing its own JSON (a string this large exists only up to ~200 k claims).
  let outputMs: number | undefined;
  if (n <= 100_000) {
    const text = JSON.stringify(result);
    outputMs = min(time(() => JSON.parse(text)), time(() => JSON.parse(text))).wall;
  }
  rows.push({ n, ms, floorMs });
  console.log(
    `| ${fmt(n)} | ${fmt(summary.comparisons)} | ${fmt(summary.conflicts)} | ${fmt(ms.wall)} ms (${fmt(ms.cpu)} ms) | ${fmt((n / ms.cpu) * 1000)} | ${fmt(floorMs.wall)} ms (${fmt(floorMs.cpu)} ms) | ${fmt(ms.wall / floorMs.wall, 2)} (${fmt(ms.cpu / floorMs.cpu, 2)}) | ${outputMs === undefined ? "–" : `${fmt(outputMs)} ms`} | ${fmt(claimsHeap / n)} | ${fmt(peak / n)} | ${fmt(retained / n)} |`,
  );
  claims = undefined;
}

printLinearity(rows);

// The command line end to end, one thread and two: the same NDJSON file, JSON report to /dev/null.
if (cliSize > 0) {
  await build({
    entryPoints: { cli: here("../src/cli/main.ts"), "cli-worker": here("../src/cli/worker.ts") },
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    outdir: dir,
    outExtension: { ".js": ".js" },
    logLevel: "warning",
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  const file = join(dir, "claims.ndjson");
  writeFileSync(file, `${lib.generateCorpus({ claims: cliSize, seed: 1 }).inputs.map((c) => JSON.stringify(c)).join("\n")}\n`);
  const timeBin = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
  const runCli = (command: readonly string[]): { wall: number; cpu?: number; timings: string } => {
    const args = [join(dir, "cli.js"), ...command];
    const start = performance.now();
    const child = timeBin === undefined
      ? spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", cwd: here("..") })
      : spawnSync(timeBin, ["-f", "cpu %U %S", process.execPath, ...args], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", cwd: here("..") });
    const wall = performance.now() - start;
    const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(child.stderr);
    return {
      wall,
      ...(cpu !== null ? { cpu: (Number(cpu[1]) + Number(cpu[2])) * 1000 } : {}),
      timings: child.stderr.split("\n").filter((l) => l.startsWith("timings") || l.startsWith("workers")).join("; "),
    };
  };
  const best: Record<number, ReturnType<typeof runCli>> = {};
  for (let r = 0; r < 2; r++)
    for (const jobs of [1, 2]) {
      const result = runCli(["check", file, "--format", "json", "--timings", "--jobs", String(jobs)]);
      if (best[jobs] === undefined || result.wall < best[jobs]!.wall) best[jobs] = result;
    }
  console.log(`\n## check --format json, ${fmt(cliSize)} claims of NDJSON, end to end (best of 2)\n`);
  console.log("| --jobs | wall | CPU (user + system) | where the time went (--timings) |");
  console.log("|---|---|---|---|");
  for (const jobs of [1, 2]) {
    const b = best[jobs]!;
    console.log(`| ${jobs} | ${fmt(b.wall)} ms | ${b.cpu === undefined ? "–" : `${fmt(b.cpu)} ms`} | ${b.timings} |`);
  }
  console.log(`\nSpeed-up with 2 workers: ${fmt(best[1]!.wall / best[2]!.wall, 2)}× wall time.`);

  // reconcile reads the same file (truth discovery over the whole corpus, one thread).
  let reconciled: ReturnType<typeof runCli> | undefined;
  for (let r = 0; r < 2; r++) {
    const result = runCli(["reconcile", file, "--format", "json", "--timings"]);
    if (reconciled === undefined || result.wall < reconciled.wall) reconciled = result;
  }
  console.log(`\n## reconcile --format json, the same file, end to end (best of 2)\n`);
  console.log(`${fmt(reconciled!.wall)} ms wall, ${reconciled!.cpu === undefined ? "–" : `${fmt(reconciled!.cpu)} ms`} CPU; ${reconciled!.timings}.`);
}

rmSync(dir, { recursive: true, force: true });

/**
 * Corpus reconciliation at scale: `reconcileAll` on synthetic corpora of 10 thousand, 100 thousand and
 * 1 million claims (bench/generate.ts, seeded), against the floor of merely parsing the same claims as
 * JSON and grouping them by series, measured in the same run; and `claim()` validation per claim.
 *
 * Run by `npm run bench` (which gives Node `--expose-gc` and a larger heap); `BENCH_SIZES=10000,100000`
 * picks sizes, `BENCH_METHOD=accu` the method timed. Claims are built in memory before timing (`toClaims`), as the time goal assumes.
 */
import { claim } from "../src/claim/claim.js";
import type { ClaimInput } from "../src/claim/schema.js";
import type { Claim } from "../src/claim/types.js";
import type { CorpusMethod } from "../src/reconcile/corpusTypes.js";
import { reconcileAll } from "../src/reconcile/reconcileAll.js";
import { generateCorpus, toClaims } from "./generate.js";
import { fmt, printLinearity, type Row } from "./scaleTable.js";

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const heap = (): number => process.memoryUsage().heapUsed;

const sizes = (process.env.BENCH_SIZES ?? "10000,100000,1000000").split(",").map(Number);
// The method timed (`BENCH_METHOD=accu`); the default's unless asked.
const timedMethod = (process.env.BENCH_METHOD ?? "truth-discovery") as CorpusMethod;

/**
 * Best of `rounds` runs: wall time, and the process's CPU time (user + system, all threads, so the
 * garbage collector's helpers count too) — on a machine shared with other jobs, CPU time is the closer
 * measure of "time on one core".
 */
const best = (rounds: number, run: () => unknown): { wall: number; cpu: number } => {
  let wall = Number.POSITIVE_INFINITY;
  let cpu = Number.POSITIVE_INFINITY;
  for (let i = 0; i < rounds; i++) {
    gc();
    const startCpu = process.cpuUsage();
    const start = performance.now();
    run();
    wall = Math.min(wall, performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  return { wall, cpu };
};

/** The floor: parse the claims' JSON and group the objects by series (metric, subject) and period. */
const floor = (json: string): number => {
  const inputs = JSON.parse(json) as ClaimInput[];
  const groups = new Map<string, ClaimInput[]>();
  for (const input of inputs) {
    const subject = input.subject;
    const key = `${input.metric}\u001f${Array.isArray(subject) ? subject.join("\u001e") : subject}\u001f${input.period}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [input]);
    else group.push(input);
  }
  return groups.size;
};

const score = (claims: readonly Claim[], truths: readonly string[], method: CorpusMethod): number => {
  const { results } = reconcileAll(claims, { method });
  let right = 0;
  for (const r of results) {
    const series = Number(r.claimIds[0]!.slice(1, r.claimIds[0]!.indexOf("-"))); // ids are s<series>-<n>
    if (r.estimate.value.toString() === truths[series]) right++;
  }
  return right / results.length;
};


const rows: Row[] = [];

console.log(
  "| claims | reconcileAll wall (CPU) | claims/s (CPU) | floor: JSON.parse + group, wall (CPU) | ratio to floor, wall (CPU) | claims' heap B/claim | heap growth in run B/claim | result heap B/claim |",
);
console.log("|---|---|---|---|---|---|---|---|");
for (const n of sizes) {
  const rounds = n >= 1_000_000 ? 2 : 5;
  const { inputs } = generateCorpus({ claims: n, seed: 1 });
  const json = JSON.stringify(inputs);
  gc();
  const before = heap();
  let claims: Claim[] | undefined = toClaims(inputs);
  inputs.length = 0;
  gc();
  const claimsHeap = heap() - before;
  const floorMs = best(rounds, () => floor(json));
  const ms = best(rounds, () => reconcileAll(claims!, { method: timedMethod }));
  gc();
  const start = heap();
  let result: unknown = reconcileAll(claims, { method: timedMethod });
  const grown = heap() - start;
  gc();
  const retained = heap() - start;
  result = undefined;
  claims = undefined;
  rows.push({ n, ms, floorMs });
  console.log(
    `| ${fmt(n)} | ${fmt(ms.wall)} ms (${fmt(ms.cpu)} ms) | ${fmt((n / ms.cpu) * 1000)} | ${fmt(floorMs.wall)} ms (${fmt(floorMs.cpu)} ms) | ${fmt(ms.wall / floorMs.wall, 2)} (${fmt(ms.cpu / floorMs.cpu, 2)}) | ${fmt(claimsHeap / n)} | ${fmt(grown / n)} | ${fmt(retained / n)} |`,
  );
  void result;
}

printLinearity(rows);

// Accuracy on the synthetic corpus (it knows the truth): truth discovery against majority and median.
{
  const { inputs, truths } = generateCorpus({ claims: 100_000, seed: 2 });
  const claims = toClaims(inputs);
  const line = (["truth-discovery", "accu", "truth-finder", "majority", "median"] as const).map((m) => `${m} ${fmt(100 * score(claims, truths, m), 2)} %`).join(", ");
  console.log(`\nSynthetic corpus, 100,000 claims, exact-match rate: ${line}.`);
}

// claim() validation per claim, on inputs as a user would pass them.
{
  const { inputs } = generateCorpus({ claims: 20_000, seed: 3 });
  for (const input of inputs.slice(0, 2000)) claim(input); // warm up
  const ms = best(3, () => {
    for (const input of inputs) claim(input);
  });
  console.log(`\nclaim() validation: ${fmt((ms.cpu * 1000) / inputs.length, 1)} µs CPU per claim (${fmt(inputs.length)} structured-value claims).`);
}

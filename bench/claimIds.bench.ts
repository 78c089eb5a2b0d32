/**
 * Claim ids at scale: 1,000,000 distinct generated claims, their ids from the 128-bit hash of the
 * canonical form (src/claim/toClaimId.ts) against the 32-bit FNV-1a of a few fields that came before,
 * counted for collisions and timed per claim. Run: `npx tsx bench/claimIds.bench.ts [count]`.
 */
import type { Claim } from "../src/claim/types.js";
import { toClaimId } from "../src/claim/toClaimId.js";
import { toSeriesKey } from "../src/claim/toSeriesKey.js";
import { quantity } from "../src/quantity/quantity.js";
import { createRandom } from "./generate.js";

const N = Number(process.argv[2] ?? 1_000_000);

// The id before 2026-12-07: FNV-1a, 32 bits, over a few fields (text, not amount; no reportedBy).
const fnv1a = (text: string): string => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
};
const oldId = (c: Claim): string =>
  `claim-${fnv1a(JSON.stringify({ metric: c.metric, subject: c.subject, direction: c.direction, qualifiers: c.qualifiers, period: c.period?.start, periodEnd: c.period?.end, modality: c.modality, value: c.quantity.text, source: c.source.name }))}`;

const METRICS = ["trade turnover", "exports", "imports", "investment", "wheat exports"];
const SUBJECTS = [["China", "Kazakhstan"], ["Ukraine", "EU"], ["Russia", "Kazakhstan"], ["China", "Ukraine"]];
const SOURCES = ["Customs of China", "Statistics of Kazakhstan", "Ministry of Trade", "Xinhua", "Reuters", "IMF"];
const random = createRandom(20261207);
const periods = Array.from({ length: 30 }, (_, k) => {
  const y = 2000 + k;
  return Object.freeze({ kind: "year" as const, start: `${y}-01-01`, end: `${y + 1}-01-01`, text: String(y) });
});

// Distinct claims: claim i has the amount i + 1 (so no two are equal), and the other fields drawn at random.
const claims: Claim[] = new Array<Claim>(N);
for (let i = 0; i < N; i++) {
  const metric = METRICS[Math.floor(random() * METRICS.length)]!;
  const subject = SUBJECTS[Math.floor(random() * SUBJECTS.length)]!;
  const qualifiers = {};
  claims[i] = Object.freeze({
    id: "",
    metric,
    subject,
    direction: false,
    qualifiers,
    period: periods[Math.floor(random() * periods.length)]!,
    modality: "actual",
    quantity: quantity({ amount: String(i + 1), scale: "million", unit: "USD", text: `$${i + 1} million` }),
    source: { name: SOURCES[Math.floor(random() * SOURCES.length)]! },
    reportedBy: { name: SOURCES[Math.floor(random() * SOURCES.length)]!, publishedAt: "2024-12-01", lang: "en" },
    seriesKey: toSeriesKey({ metric, subject, direction: false, qualifiers }),
  });
}

const time = (label: string, f: (c: Claim) => string): { ids: Set<string>; us: number } => {
  let best = Infinity;
  let ids = new Set<string>();
  for (let run = 0; run < 3; run++) {
    const out: string[] = new Array<string>(N);
    const start = performance.now();
    for (let i = 0; i < N; i++) out[i] = f(claims[i]!);
    best = Math.min(best, performance.now() - start);
    if (run === 0) ids = new Set(out);
  }
  const us = (best * 1000) / N;
  console.log(`${label}: ${ids.size.toLocaleString("en")} distinct ids of ${N.toLocaleString("en")} claims (${(N - ids.size).toLocaleString("en")} shared), ${us.toFixed(2)} µs/claim (best of 3)`);
  return { ids, us };
};

time("before: FNV-1a 32-bit of a few fields", oldId);
time("now: MurmurHash3 x86_128 of the canonical form", toClaimId);

// The seed corpus, normalised: every claim with its series, period, the interval its words allow and its
// source. `npm run demo` runs this.
import { readFileSync } from "node:fs";
import { parseClaims } from "../../src/index.js";

const file = new URL("./claims.json", import.meta.url);
const { claims, issues } = parseClaims(JSON.parse(readFileSync(file, "utf8")));
for (const issue of issues) console.error(`${issue.path.join(".")}: ${issue.message}`);

const bySeries = new Map<string, (typeof claims)[number][]>();
for (const c of claims) bySeries.set(c.seriesKey, [...(bySeries.get(c.seriesKey) ?? []), c]);
console.log(`${claims.length} claims in ${bySeries.size} series\n`);
for (const group of bySeries.values()) {
  const first = group[0]!;
  const qualifiers = Object.entries(first.qualifiers).map(([k, v]) => `${k}: ${v}`).join(", ");
  console.log(`${first.metric} — ${first.subject.join(first.direction ? " → " : " & ")}${qualifiers ? ` (${qualifiers})` : ""}`);
  for (const c of group) {
    const q = c.quantity;
    const interval = `${q.lowOpen ? "(" : "["}${q.low?.toString() ?? "−∞"}, ${q.high?.toString() ?? "∞"}${q.highOpen ? ")" : "]"}`;
    console.log(`  ${(c.period?.text ?? "—").padEnd(22)} ${c.modality.padEnd(8)} ${q.text.padEnd(26)} ${q.unit.padEnd(7)} ${interval.padEnd(30)} ${c.source.name}`);
  }
}
process.exitCode = issues.length > 0 ? 2 : 0;

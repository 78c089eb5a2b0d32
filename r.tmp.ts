import { readFileSync } from "node:fs";
import { seedRecall } from "./test/extract/seedRecall.js";
import { findDiscrepancies } from "./src/index.js";
const { all } = seedRecall((f) => readFileSync("../shared/seeds/" + f, "utf8"));
const report = findDiscrepancies(all);
console.log(report.summary, Object.keys(report));
console.log(JSON.stringify(report.conflicts[0]).slice(0, 600));
const byId = new Map(all.map((c) => [c.id, c]));
for (const c of report.conflicts) console.log(c.claims.map((id) => { const x = byId.get(id)!; return [x.metric, x.subject.join("+"), x.quantity.text, x.period?.text, x.quote?.slice(0, 60)].join(" | "); }));

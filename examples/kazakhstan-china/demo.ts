// The seed corpus's discrepancy report: every claim of the five articles, grouped by series and period,
// compared within groups, with the conflicts explained and reconciled; then the arithmetic ties between
// claims (relations.json) and the visit counts checked against Xi Jinping's visits (timeline.json).
// `npm run demo` runs this; `npm run demo -- --locale uk` writes it in Ukrainian (also ru, zh).
import { readFileSync } from "node:fs";
import { findDiscrepancies, formatReport, parseClaims, TimelineSchema } from "../../src/index.js";

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, import.meta.url), "utf8"));

const { claims, issues } = parseClaims(read("./claims.json"));
for (const issue of issues) console.error(`${issue.path.join(".")}: ${issue.message}`);

const at = process.argv.indexOf("--locale");
const locale = at < 0 ? "en" : (process.argv[at + 1] as "en" | "uk" | "ru" | "zh");
const report = findDiscrepancies(claims, { relations: read("./relations.json"), timeline: TimelineSchema.parse(read("./timeline.json")) });
process.stdout.write(formatReport(report, { claims, locale, color: process.stdout.isTTY === true }));
process.exitCode = issues.length > 0 ? 2 : 0;

// The seed corpus's discrepancy report: every claim of the five articles, grouped by series and period,
// compared within groups, with the conflicts explained and reconciled. `npm run demo` runs this.
import { readFileSync } from "node:fs";
import { findDiscrepancies, formatReportText, parseClaims } from "../../src/index.js";

const file = new URL("./claims.json", import.meta.url);
const { claims, issues } = parseClaims(JSON.parse(readFileSync(file, "utf8")));
for (const issue of issues) console.error(`${issue.path.join(".")}: ${issue.message}`);

const report = findDiscrepancies(claims);
process.stdout.write(formatReportText(report, { claims }));
process.exitCode = issues.length > 0 ? 2 : 0;

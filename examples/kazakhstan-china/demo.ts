// The seed corpus's discrepancy report: every claim of the five articles, grouped by series and period,
// compared within groups, with the conflicts explained and reconciled; then the arithmetic ties between
// claims (relations.json) and the visit counts checked against Xi Jinping's visits (timeline.json).
// `npm run demo` runs this; `npm run demo -- --locale uk` writes it in Ukrainian (also ru, zh).
//
// `npm run demo -- --from-text [files…]` reads articles instead, through extractClaims, and prints the
// report of the claims found in them alone: by default our own short articles in articles/ (English and
// Ukrainian, with the seed corpus's figures), or the files given. A file's publication date is the date
// its name starts with (2024-12-…, 2025-09-05-…), or --published-at <date> for all of them.
import { readdirSync, readFileSync } from "node:fs";
import { extractClaims, findDiscrepancies, formatReport, parseClaims, TimelineSchema, type Claim } from "../../src/index.js";

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, import.meta.url), "utf8"));

const args = process.argv.slice(2);
const at = args.indexOf("--locale");
const locale = at < 0 ? "en" : (args[at + 1] as "en" | "uk" | "ru" | "zh");

const fromText = (): number => {
  const rest = args.filter((a, i) => a !== "--from-text" && (at < 0 || (i !== at && i !== at + 1)));
  const dateAt = rest.indexOf("--published-at");
  const publishedAt = dateAt >= 0 ? rest[dateAt + 1] : undefined;
  const files = rest.filter((_, i) => i !== dateAt && i !== dateAt + 1);
  const articles = new URL("./articles/", import.meta.url);
  const paths = files.length > 0 ? files : readdirSync(articles).filter((f) => f.endsWith(".txt")).sort().map((f) => new URL(f, articles).pathname);
  const claims: Claim[] = [];
  for (const path of paths) {
    const date = publishedAt ?? /^\d{4}-\d{2}(?:-\d{2})?/.exec(path.split("/").pop() ?? "")?.[0];
    if (date === undefined) {
      console.error(`${path}: no publication date (name the file 2024-12-….txt, or give --published-at)`);
      return 2;
    }
    const { claims: found, skipped } = extractClaims(readFileSync(path, "utf8"), { publishedAt: date, reportedBy: path.split("/").pop() ?? path });
    console.error(`${path.split("/").pop()}: ${found.length} claims, ${skipped.length} figures skipped`);
    claims.push(...found.map((c) => c.claim));
  }
  process.stdout.write(formatReport(findDiscrepancies(claims), { claims, locale, color: process.stdout.isTTY === true }));
  return 0;
};

if (args.includes("--from-text")) process.exitCode = fromText();
else {
  const { claims, issues } = parseClaims(read("./claims.json"));
  for (const issue of issues) console.error(`${issue.path.join(".")}: ${issue.message}`);
  const report = findDiscrepancies(claims, { relations: read("./relations.json"), timeline: TimelineSchema.parse(read("./timeline.json")) });
  process.stdout.write(formatReport(report, { claims, locale, color: process.stdout.isTTY === true }));
  process.exitCode = issues.length > 0 ? 2 : 0;
}

// Prints the bad-input family table for test/README.md: `npx tsx test/hardening/printFamilies.ts`.
import { CASES, FAMILIES, PUBLIC_FUNCTIONS } from "./badInputTable.js";

const lines = ["| family | cases | functions |", "|---|---|---|"];
for (const family of FAMILIES) {
  const rows = CASES.filter((c) => c.family === family);
  lines.push(`| ${family} | ${rows.length} | ${new Set(rows.map((c) => c.fn)).size} |`);
}
lines.push(`| **total** | **${CASES.length}** | **${Object.keys(PUBLIC_FUNCTIONS).length}** |`);
const errors = CASES.filter((c) => c.outcome.kind === "error").length;
console.log(`${lines.join("\n")}\n\n${errors} of the cases expect a \`DiscrepancyError\`, ${CASES.length - errors} a documented result.`);

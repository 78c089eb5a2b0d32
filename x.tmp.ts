import { readFileSync, readdirSync } from "node:fs";
import { extractClaims } from "./src/extract/extractClaims.js";
const dir = "examples/kazakhstan-china/articles/";
for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
  const p = f.match(/^\d{4}-\d{2}(-\d{2})?/)![0];
  const r = extractClaims(readFileSync(dir + f, "utf8"), { publishedAt: p });
  console.log("==", f);
  for (const c of r.claims) console.log("  +", JSON.stringify([c.mention.text, c.claim.metric, c.claim.subject, c.input.period, c.claim.modality, c.claim.source.name, c.origin]));
  for (const s of r.skipped) console.log("  -", s.mention.text, s.reason);
}

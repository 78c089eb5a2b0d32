import { readFileSync } from "node:fs";
import { seedRecall, SEED_ARTICLES } from "./test/extract/seedRecall.js";
import { extractClaims } from "./src/extract/extractClaims.js";
const read = (f: string) => readFileSync("../shared/seeds/" + f, "utf8");
for (const s of SEED_ARTICLES) {
  const r = extractClaims(read(s.file), { publishedAt: s.publishedAt });
  console.log("==", s.file);
  for (const c of r.claims) console.log("  +", JSON.stringify([c.mention.text, c.claim.metric, c.claim.subject, c.claim.direction, c.claim.period?.text && c.input.period, c.claim.modality, c.claim.source.name, c.origin]));
  for (const k of r.skipped) console.log("  -", k.mention.text, k.reason);
}
const { found, missed } = seedRecall(read);
console.log("recall", found.length, "/", found.length + missed.length);
for (const c of missed) console.log("MISSED", c.id, c.quantity.text, c.period?.text);

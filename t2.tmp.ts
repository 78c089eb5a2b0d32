import { extractClaims } from "./src/extract/extractClaims.js";
import { EN_ARTICLE, UK_ARTICLE } from "./test/fixtures/articles.js";
const show = (t: string, p = "2025-09-05") => { const r = extractClaims(t, { publishedAt: p }); for (const c of r.claims) console.log(JSON.stringify([c.mention.text, c.claim.metric, c.claim.subject, c.claim.quantity.unit, c.input.period, c.claim.modality, c.claim.seriesKey, c.origin])); for (const s of r.skipped) console.log("  skip", s.mention.text, s.reason); };
show("Kazakhstan expects grain exports to China to reach 10 million tonnes, against the current 2–3 million.");
show(EN_ARTICLE); show(UK_ARTICLE);

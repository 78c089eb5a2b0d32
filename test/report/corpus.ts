// A small corpus from the seed articles, built through the public claim().
import { claim } from "../../src/claim/claim.js";

const trade = { metric: "trade turnover", subject: ["China", "Kazakhstan"] } as const;
export const cn = claim({
  ...trade,
  id: "cn-2023",
  value: "$41 billion",
  period: "2023",
  source: { name: "Ministry of Foreign Affairs of China", type: "government", country: "CN" },
  reportedBy: { name: "Xinhua", url: "https://example.org/xinhua/2024-01-12", publishedAt: "2024-01-12", lang: "en" },
  quote: "bilateral trade reached a record $41 billion in 2023",
});
export const kz = claim({
  ...trade,
  id: "kz-2023",
  value: "$31.5 billion",
  period: "2023",
  source: { name: "Ministry of Trade and Integration of Kazakhstan", type: "government", country: "KZ" },
  reportedBy: { name: "Kazinform", publishedAt: "2024-02", lang: "en" },
});
export const over70 = claim({
  id: "agreements-over-70",
  metric: "agreements signed",
  subject: ["China", "Kazakhstan"],
  value: "over 70",
  period: "2025-09",
  source: "Foreign Intelligence Service of Ukraine",
});
export const seventy = claim({
  id: "agreements-70",
  metric: "agreements signed",
  subject: ["China", "Kazakhstan"],
  value: "70",
  period: "2025-09",
  source: "RBC-Ukraine",
});
export const corpus = [cn, kz, over70, seventy];

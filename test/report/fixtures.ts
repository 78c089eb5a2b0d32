// Claims built from parts, so report tests do not depend on text parsing.
import type { Claim } from "../../src/claim/types.js";
import { toSeriesKey } from "../../src/claim/toSeriesKey.js";
import { quantity } from "../../src/quantity/quantity.js";
import type { QuantityObjectInput } from "../../src/quantity/schema.js";
import type { Source } from "../../src/source/types.js";

export const year = (y: number) => ({ kind: "year" as const, start: `${y}-01-01`, end: `${y + 1}-01-01`, text: String(y) });

export const makeClaim = (init: {
  id: string;
  value: QuantityObjectInput;
  period?: number;
  metric?: string;
  subject?: string[];
  source?: Source;
  outlet?: string;
  modality?: Claim["modality"];
}): Claim => {
  const series = { metric: init.metric ?? "trade turnover", subject: init.subject ?? ["China", "Kazakhstan"], direction: false, qualifiers: {} };
  return Object.freeze({
    id: init.id,
    ...series,
    ...(init.period !== undefined ? { period: year(init.period) } : {}),
    modality: init.modality ?? "actual",
    quantity: quantity(init.value),
    source: init.source ?? { name: "somebody" },
    ...(init.outlet !== undefined ? { reportedBy: { name: init.outlet, publishedAt: "2024-12", lang: "en" } } : {}),
    seriesKey: toSeriesKey(series),
  });
};

export const mfa = makeClaim({
  id: "cn-2023",
  value: { amount: "41", scale: "billion", unit: "USD", text: "$41 billion" },
  period: 2023,
  source: { name: "Ministry of Foreign Affairs of China", type: "government", country: "CN" },
  outlet: "Xinhua",
});
export const kz = makeClaim({
  id: "kz-2023",
  value: { amount: "31.5", scale: "billion", unit: "USD", text: "$31.5 billion" },
  period: 2023,
  source: { name: "Ministry of Trade and Integration of Kazakhstan", type: "government", country: "KZ" },
  outlet: "Kazinform",
});
export const exceeding = makeClaim({
  id: "cn-2023-exceeding",
  value: { amount: "41", scale: "billion", unit: "USD", bound: "moreThan", text: "exceeding $41 billion" },
  period: 2023,
  source: { name: "Astana Times", type: "media", country: "KZ" },
});
export const agreements = makeClaim({
  id: "agreements-2025",
  metric: "agreements signed",
  value: { amount: "70", unit: "count", bound: "moreThan", text: "over 70" },
  period: 2025,
  source: { name: "Foreign Intelligence Service of Ukraine", type: "intelligence", country: "UA" },
});

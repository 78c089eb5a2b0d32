// Builds claims for tests without the text parsers: the Claim type filled directly from parts.
import type { Claim, Modality } from "../../src/claim/types.js";
import { toSeriesKey } from "../../src/claim/toSeriesKey.js";
import type { Period } from "../../src/period/types.js";
import { quantity } from "../../src/quantity/quantity.js";
import type { QuantityObjectInput } from "../../src/quantity/schema.js";
import type { ReportedBy, Source } from "../../src/source/types.js";

let counter = 0;

const pad = (n: number) => String(n).padStart(2, "0");

/** A year, month ("2023-05") or day period, or an instant "@2024-01-01". */
export const period = (text: string): Period => {
  if (text.startsWith("@")) return { kind: "instant", start: text.slice(1), end: text.slice(1), text };
  const [y, m, d] = text.split("-").map(Number) as [number, number?, number?];
  if (m === undefined) return { kind: "year", start: `${y}-01-01`, end: `${y + 1}-01-01`, text };
  if (d === undefined) {
    const end = m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01`;
    return { kind: "month", start: `${y}-${pad(m)}-01`, end, text };
  }
  const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  return { kind: "day", start: text, end: next, text };
};

export interface MakeClaim {
  id?: string;
  metric?: string;
  subject?: readonly string[];
  direction?: boolean;
  qualifiers?: Record<string, string>;
  value: QuantityObjectInput;
  period?: string;
  modality?: Modality;
  source?: string | Source;
  reportedBy?: ReportedBy;
  quote?: string;
}

export const makeClaim = (init: MakeClaim): Claim => {
  const subject = Object.freeze([...(init.subject ?? ["China", "Kazakhstan"])]);
  const direction = init.direction ?? false;
  const qualifiers = Object.freeze({ ...(init.qualifiers ?? {}) });
  const metric = init.metric ?? "trade turnover";
  const source: Source = typeof init.source === "string" ? { name: init.source } : (init.source ?? { name: "Some source" });
  const c: Claim = {
    id: init.id ?? `c${++counter}`,
    metric,
    subject,
    direction,
    qualifiers,
    ...(init.period !== undefined ? { period: period(init.period) } : {}),
    modality: init.modality ?? "actual",
    quantity: quantity(init.value),
    source: Object.freeze(source),
    ...(init.reportedBy !== undefined ? { reportedBy: Object.freeze(init.reportedBy) } : {}),
    ...(init.quote !== undefined ? { quote: init.quote } : {}),
    seriesKey: toSeriesKey({ metric, subject, direction, qualifiers }),
  };
  return Object.freeze(c);
};

/** "$41 billion" as parts. */
export const usd = (amount: string, scale: "million" | "billion" = "billion", bound?: QuantityObjectInput["bound"]): QuantityObjectInput => ({
  amount,
  scale,
  unit: "USD",
  text: `${bound === "moreThan" ? "over " : ""}$${amount} ${scale}`,
  ...(bound !== undefined ? { bound } : {}),
});

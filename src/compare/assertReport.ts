import { DiscrepancyError } from "../errors.js";
import { explainMessages } from "../messages/misuse/explain.js";
import type { Report } from "./reportTypes.js";

/**
 * Checks that a value has the shape of a {@link Report} from `findDiscrepancies()`, so that `null` or a
 * hand-written object fails naming the argument instead of with a TypeError deep inside a formatter.
 *
 * @internal
 */
export function assertReport(value: unknown, name: string): asserts value is Report {
  const r = value as Partial<Report> | null;
  const ok =
    typeof r === "object" &&
    r !== null &&
    typeof r.summary === "object" &&
    r.summary !== null &&
    Array.isArray(r.series) &&
    Array.isArray(r.comparisons) &&
    Array.isArray(r.conflicts);
  if (!ok) throw new DiscrepancyError("invalid-argument", explainMessages.notAReport(name, value), [{ path: [name], message: explainMessages.notAReport(name, value) }]);
}

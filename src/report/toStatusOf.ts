import type { Claim } from "../claim/types.js";
import type { Report } from "../compare/reportTypes.js";
import type { ClaimStatus } from "./chartRows.js";

/** How each claim fared in a report: in a conflict, else in a consistent pair, else not compared. @internal */
export const toStatusOf = (report: Report): ((claim: Claim) => ClaimStatus) => {
  const status = new Map<string, ClaimStatus>();
  for (const c of report.comparisons) {
    if (c.verdict === "not-comparable") continue;
    for (const id of c.claims) if (status.get(id) !== "conflict") status.set(id, c.verdict === "conflict" ? "conflict" : "consistent");
  }
  return (claim) => status.get(claim.id) ?? "not compared";
};

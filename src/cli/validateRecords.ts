import { createClaimsParser } from "../claim/parseClaims.js";
import type { Claim } from "../claim/types.js";
import { toNoticeLine, toProblem } from "./formatProblem.js";
import type { InputProblem } from "./parseInput.js";
import type { RecordSink } from "./readFiles.js";
import { createRecordLocations } from "./recordLocations.js";

/** Records validated one by one as they are read, on this thread: only the claims, problems and notices are kept. */
export interface RecordValidator extends RecordSink {
  /**
   * The valid claims, each invalid record's problems in input order, and a line for each record read as
   * the verbatim repeat of an earlier one.
   */
  finish(): { readonly claims: readonly Claim[]; readonly problems: InputProblem[]; readonly notices: string[] };
}

export const createRecordValidator = (): RecordValidator => {
  const parser = createClaimsParser();
  const problems: InputProblem[] = [];
  const notices: string[] = [];
  // Where every record came from: a problem or notice may name an earlier record.
  const locations = createRecordLocations();
  return {
    add(record) {
      locations.add(record);
      const result = parser.add(record.input);
      for (const issue of result.issues) problems.push(toProblem(issue, locations.at));
      if (result.notice !== undefined) notices.push(toNoticeLine(result.notice, locations.at));
      return undefined;
    },
    finish() {
      const parsed = parser.finish();
      // Only the summary ("and N more issues") is left to place: it belongs to no record.
      const last = parsed.issues[parsed.issues.length - 1];
      if (last !== undefined && last.path.length === 0) problems.push(toProblem(last, () => undefined));
      return { claims: parsed.claims, problems, notices };
    },
  };
};

import { createClaimsParser } from "../claim/parseClaims.js";
import type { Claim } from "../claim/types.js";
import { toProblem } from "./formatProblem.js";
import type { InputProblem } from "./parseInput.js";
import type { RecordSink } from "./readFiles.js";

/** Records validated one by one as they are read, on this thread: only the claims and the problems are kept. */
export interface RecordValidator extends RecordSink {
  /** The valid claims, and each invalid record's problems in input order. */
  finish(): { readonly claims: readonly Claim[]; readonly problems: InputProblem[] };
}

export const createRecordValidator = (): RecordValidator => {
  const parser = createClaimsParser();
  const problems: InputProblem[] = [];
  return {
    add(record) {
      for (const issue of parser.add(record.input).issues) problems.push(toProblem(issue, () => record));
      return undefined;
    },
    finish() {
      const parsed = parser.finish();
      // Only the summary ("and N more issues") is left to place: it belongs to no record.
      const last = parsed.issues[parsed.issues.length - 1];
      if (last !== undefined && last.path.length === 0) problems.push(toProblem(last, () => undefined));
      return { claims: parsed.claims, problems };
    },
  };
};

import type { PeriodSeason, PeriodUnit } from "../lexicon/types.js";
import {
  dayExtent,
  halfExtent,
  intervalExtent,
  monthExtent,
  quarterExtent,
  seasonExtent,
  type Extent,
} from "./extent.js";

/**
 * A period named without its year: "July", "3 July", "autumn", "the third quarter", "上半年", "the
 * first nine months". The year comes from the text ("July 2024"), from a relative word ("July last
 * year") or from the reference.
 *
 * @internal
 */
export type Part =
  | { readonly kind: "month"; readonly month: number }
  | { readonly kind: "day"; readonly month: number; readonly day: number }
  | { readonly kind: "season"; readonly season: PeriodSeason }
  | { readonly kind: "quarter"; readonly quarter: number }
  | { readonly kind: "half"; readonly half: number }
  /**
   * Months `from` (1 when absent) to `to` of a year: "the first nine months", "前三季度", "1-9月" from 1
   * January to the start of month `to` + 1; "4-6月" from 1 April to 1 July.
   */
  | { readonly kind: "months"; readonly to: number; readonly from?: number };

/**
 * What the grammar read, before a reference resolves it.
 *
 * - `absolute`: a period fixed by the text alone.
 * - `invalid`: text that reads as a period but is not one ("2023-02-30"); the message names it.
 * - `relative`: a unit counted from the reference ("last year", "минулого місяця", "去年").
 * - `part`: a part in the reference year plus `offset` ("this July", "July last year"), or with
 *   `offset` undefined the latest such part that has ended by the reference ("in May"; see `latestPast`).
 * - `since`, `endOf`, `startOf`, `asOf`: a period and what a prefix makes of it.
 * - `range`: from the start of `from` to the end of `to`.
 * - `splitYear`: the split year `year`/`year + 1` ("2023/24", "FY2023-24"); its months come from the options.
 *
 * @internal
 */
export type Spec =
  | { readonly kind: "absolute"; readonly extent: Extent }
  | { readonly kind: "invalid"; readonly message: string }
  | { readonly kind: "relative"; readonly unit: PeriodUnit; readonly offset: number }
  | { readonly kind: "part"; readonly part: Part; readonly offset: number | undefined }
  | { readonly kind: "since" | "endOf" | "startOf" | "asOf"; readonly inner: Spec }
  | { readonly kind: "range"; readonly from: Spec; readonly to: Spec }
  | { readonly kind: "splitYear"; readonly year: number };

/** The extent of a part in year `y`, or undefined when there is no such date (30 February). @internal */
export const partExtent = (part: Part, y: number): Extent | undefined => {
  switch (part.kind) {
    case "month":
      return monthExtent(y, part.month);
    case "day":
      return dayExtent(y, part.month, part.day);
    case "season":
      return seasonExtent(y, part.season);
    case "quarter":
      return quarterExtent(y, part.quarter);
    case "half":
      return halfExtent(y, part.half);
    case "months": {
      const first = monthExtent(y, part.from ?? 1);
      const last = monthExtent(y, part.to);
      return first === undefined || last === undefined ? undefined : intervalExtent(first.start, last.end);
    }
  }
};

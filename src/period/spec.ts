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
  | { readonly p: "month"; readonly m: number }
  | { readonly p: "day"; readonly m: number; readonly d: number }
  | { readonly p: "season"; readonly s: PeriodSeason }
  | { readonly p: "quarter"; readonly q: number }
  | { readonly p: "half"; readonly h: number }
  /**
   * Months `from` (1 when absent) to `n` of a year: "the first nine months", "前三季度", "1-9月" from 1
   * January to the start of month n + 1; "4-6月" from 1 April to 1 July.
   */
  | { readonly p: "months"; readonly n: number; readonly from?: number };

/**
 * What the grammar read, before a reference resolves it.
 *
 * - `abs`: a period fixed by the text alone.
 * - `bad`: text that reads as a period but is not one ("2023-02-30"); the message names it.
 * - `rel`: a unit counted from the reference ("last year", "минулого місяця", "去年").
 * - `part`: a part in the reference year plus `offset` ("this July", "July last year"), or with
 *   `offset` undefined the latest such part that has ended by the reference ("in May"; see `latestPast`).
 * - `since`, `endOf`, `startOf`, `asOf`: a period and what a prefix makes of it.
 * - `range`: from the start of `a` to the end of `b`.
 * - `split`: the split year `y`/`y + 1` ("2023/24", "FY2023-24"); its months come from the options.
 *
 * @internal
 */
export type Spec =
  | { readonly t: "abs"; readonly x: Extent }
  | { readonly t: "bad"; readonly message: string }
  | { readonly t: "rel"; readonly unit: PeriodUnit; readonly offset: number }
  | { readonly t: "part"; readonly part: Part; readonly offset: number | undefined }
  | { readonly t: "since" | "endOf" | "startOf" | "asOf"; readonly inner: Spec }
  | { readonly t: "range"; readonly a: Spec; readonly b: Spec }
  | { readonly t: "split"; readonly y: number };

/** The extent of a part in year `y`, or undefined when there is no such date (30 February). @internal */
export const partExtent = (part: Part, y: number): Extent | undefined => {
  switch (part.p) {
    case "month":
      return monthExtent(y, part.m);
    case "day":
      return dayExtent(y, part.m, part.d);
    case "season":
      return seasonExtent(y, part.s);
    case "quarter":
      return quarterExtent(y, part.q);
    case "half":
      return halfExtent(y, part.h);
    case "months": {
      const first = monthExtent(y, part.from ?? 1);
      const last = monthExtent(y, part.n);
      return first === undefined || last === undefined ? undefined : intervalExtent(first.start, last.end);
    }
  }
};

import type { Claim } from "../claim/types.js";
import type { Decimal } from "../decimal.js";
import type { Lang } from "../lexicon/types.js";
import type { Quantity } from "../quantity/types.js";

/** One event on a timeline: its first day (`YYYY-MM-DD`) and an optional label. Other fields pass through. */
export interface TimelineEvent {
  readonly date: string;
  readonly label?: string | undefined;
  readonly [key: string]: unknown;
}

/** The events that ordinal and count claims are checked against, in any order. */
export interface Timeline {
  readonly events: readonly TimelineEvent[];
}

/** A stated ordinal or count: `5`, `"5th"`, `"fifth"`, `"п'ятий"`, `"第五"`, a quantity, or a claim. */
export type OrdinalValue = number | string | Quantity | Claim;

/**
 * An ordinal claim ("the fifth visit", with `ordinal`) or a count claim ("three visits since 2020", with
 * `count`) and its counting window. `event` is an ISO date (`2024-07-02`), a month or year that holds
 * one event (`2024-07`), or an event's label. `since` and `until` bound the window, inclusive; a month
 * or year stands for its first (`since`) or last (`until`) day.
 */
export interface OrdinalCheckInput {
  readonly ordinal?: OrdinalValue | undefined;
  readonly count?: OrdinalValue | undefined;
  readonly event: string;
  readonly since?: string | undefined;
  readonly until?: string | undefined;
  /** The caller's name for the check, carried into the result. */
  readonly id?: string | undefined;
  /** What the check is about, in the caller's words, carried into the result. */
  readonly note?: string | undefined;
}

/** How ordinal text is read. */
export interface CheckOrdinalOptions {
  /** Language of ordinal text ("п'ятий" is Ukrainian), for the quantity parser. */
  readonly lang?: Lang;
}

/**
 * The result of {@link checkOrdinal}: frozen plain data.
 *
 * `expected` is what the timeline says — the event's number in the window for an ordinal, the number of
 * events in the window for a count — and `counted` the events that make it up, by date.
 */
export interface OrdinalCheck {
  readonly kind: "ordinal" | "count";
  readonly id?: string;
  readonly note?: string;
  /** The claim the stated value came from. */
  readonly claimId?: string;
  readonly verdict: "consistent" | "conflict";
  readonly expected: number;
  readonly stated: Quantity;
  readonly counted: readonly TimelineEvent[];
  /** The counting window actually used, as inclusive days; `until` is the event's day at the latest. */
  readonly window: { readonly since?: string; readonly until: string };
  /** The event the claim is about; `found: false` when the timeline does not list it (it then counts as one more). */
  readonly event: { readonly date: string; readonly label?: string; readonly found: boolean };
  /** For a conflict: how far the stated value is from the expected one. */
  readonly by?: Decimal;
}

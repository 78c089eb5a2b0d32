import { Decimal } from "../decimal.js";
import { errorFromIssues, type IssueInput } from "../errors.js";
import { messages } from "../messages/misuse/input.js";
import { relationIssues, relationMessages, type CodedMisuse } from "../messages/misuse/relations.js";
import { getUnit } from "../units/registry.js";
import { isInInterval } from "../interval/isInInterval.js";
import { makeInterval } from "../interval/algebra.js";
import { toInterval } from "../quantity/toInterval.js";
import { intervalDistance } from "../interval/intervalDistance.js";
import { resolveOperand } from "../claim/resolveOperand.js";
import { toIssues } from "../zodIssues.js";
import { looksLikeIsoDate, toDateRange, type DateRange } from "./isoDate.js";
import { TimelineSchema } from "./schema.js";
import type { CheckOrdinalOptions, OrdinalCheck, OrdinalCheckInput, Timeline, TimelineEvent } from "./types.js";
import { PARSE_OPTIONS } from "../schemaLocale.js";

const ORDINAL_FIELDS: ReadonlySet<string> = new Set(["ordinal", "count", "event", "since", "until", "id", "note"]);

const fail = (path: readonly (string | number)[], coded: CodedMisuse, input?: unknown): never => {
  const issue: IssueInput = { path: [...path], ...coded, ...(typeof input === "string" ? { input } : {}) };
  throw errorFromIssues("invalid-argument", relationMessages.invalidOrdinal, [issue]);
};

const windowEnd = (field: "since" | "until", text: string | undefined): DateRange | undefined => {
  if (text === undefined) return undefined;
  const range = typeof text === "string" ? toDateRange(text.trim()) : undefined;
  return range ?? fail([field], relationIssues.badDate(text), text);
};

const byDate = (a: TimelineEvent, b: TimelineEvent): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * Checks an ordinal claim ("the fifth visit") or a count claim ("three visits since 2020") against a
 * timeline: counts the events in the counting window up to and including the event's day and compares
 * the count with the stated value. Ordinal text in any supported language is read by the quantity
 * parser ("fifth", "5th", "п'ятий", "пятый", "第五"). Dates are ISO strings compared as strings, so the
 * answer is the same in every time zone.
 *
 * An `event` given as a date that the timeline does not list counts as one more event on that day.
 *
 * @throws {DiscrepancyError} `invalid-argument` naming the field: an impossible date (`2023-02-29`), an
 * unknown event label, a window that ends before it starts, both or neither of `ordinal` and `count`, a
 * stated value that is not an ordinal or count, a timeline that is not `{ events: [{ date }] }`.
 * @example
 * ```ts
 * const visits = { events: ["2013-09-07", "2015-05-07", "2017-06-08", "2022-09-14", "2024-07-02", "2025-06-16"].map((date) => ({ date })) };
 * checkOrdinal({ ordinal: "fifth", event: "2024-07-02" }, visits).verdict;                      // "consistent"
 * checkOrdinal({ ordinal: "third", event: "2025-06-16", since: "2020-01-01" }, visits).expected; // 3
 * checkOrdinal({ ordinal: "fourth", event: "2024-07" }, visits).verdict;                        // "conflict"
 * ```
 */
export const checkOrdinal = (input: OrdinalCheckInput, timeline: Timeline, options: CheckOrdinalOptions = {}): OrdinalCheck => {
  if (typeof input !== "object" || input === null) return fail([], relationIssues.needsOrdinalOrCount(), input);
  // A misspelt field ("sinse") would otherwise be ignored and the count taken over the wrong window.
  const unknown = Object.keys(input).filter((key) => !ORDINAL_FIELDS.has(key));
  if (unknown.length > 0) fail([unknown[0]!], relationIssues.unknownFields(unknown));
  const parsedTimeline = TimelineSchema.safeParse(timeline, PARSE_OPTIONS);
  if (!parsedTimeline.success)
    throw errorFromIssues("invalid-argument", relationMessages.invalidTimeline, toIssues(parsedTimeline.error, timeline, ["timeline"]));
  const events = parsedTimeline.data.events as readonly TimelineEvent[];

  const hasOrdinal = input.ordinal !== undefined && input.ordinal !== null;
  const hasCount = input.count !== undefined && input.count !== null;
  if (hasOrdinal === hasCount) fail(hasOrdinal ? ["count"] : ["ordinal"], hasOrdinal ? relationIssues.bothOrdinalAndCount() : relationIssues.needsOrdinalOrCount());
  const kind = hasOrdinal ? "ordinal" : "count";

  // The stated value: an exact integer, text, a quantity or a claim.
  const statedInput = hasOrdinal ? input.ordinal : input.count;
  const operand = resolveOperand(statedInput, [kind], options, relationMessages.invalidOrdinal);
  let stated = operand.quantity;
  const dimension = getUnit(stated.unit)?.dimension;
  if (kind === "ordinal" && dimension !== "ordinal" && dimension !== "count")
    fail([kind], relationIssues.notOrdinal(stated.text, stated.unit), stated.text);
  if (kind === "count" && dimension !== "count") fail([kind], relationIssues.notCount(stated.text, stated.unit), stated.text);
  if (typeof statedInput === "number" && kind === "ordinal") stated = Object.freeze({ ...stated, unit: "ordinal" });

  const since = windowEnd("since", input.since);
  const until = windowEnd("until", input.until);
  if (since !== undefined && until !== undefined && until.end < since.start)
    fail(["until"], relationIssues.reversedWindow(since.start, until.end), input.until);

  // The event: a date (or a month or year holding it), or a label.
  if (typeof input.event !== "string" || input.event.trim() === "") return fail(["event"], relationIssues.notText(messages.notText(input.event)), input.event);
  const eventText = input.event.trim();
  const range = toDateRange(eventText);
  let eventDay: string;
  let label: string | undefined;
  let found: boolean;
  if (range === undefined) {
    if (looksLikeIsoDate(eventText)) return fail(["event"], relationIssues.badDate(eventText), eventText);
    const matches = events.filter((event) => event.label === eventText);
    if (matches.length === 0) return fail(["event"], relationIssues.unknownEvent(eventText), eventText);
    const days = new Set(matches.map((event) => event.date));
    if (days.size > 1) return fail(["event"], relationIssues.ambiguousEvent(eventText, matches.length), eventText);
    eventDay = matches[0]!.date;
    label = eventText;
    found = true;
  } else {
    const matches = events.filter((event) => event.date >= range.start && event.date <= range.end);
    const days = new Set(matches.map((event) => event.date));
    if (kind === "ordinal" && days.size > 1) return fail(["event"], relationIssues.ambiguousEvent(eventText, matches.length), eventText);
    found = matches.length > 0;
    if (kind === "ordinal" && found) {
      eventDay = matches[0]!.date;
      if (matches.length === 1 && matches[0]!.label !== undefined) label = matches[0]!.label;
    } else eventDay = kind === "ordinal" ? range.start : range.end;
  }

  // Count inside [since, min(until, event day)]; an ordinal event the timeline lacks is one more.
  const start = since?.start;
  const end = until !== undefined && until.end < eventDay ? until.end : eventDay;
  const inWindow = (day: string): boolean => (start === undefined || day >= start) && day <= end;
  const counted = events
    .filter((event) => inWindow(event.date))
    .sort(byDate)
    .map((event) => Object.freeze({ ...event }));
  const expected = counted.length + (kind === "ordinal" && !found && inWindow(eventDay) ? 1 : 0);

  const statedInterval = toInterval(stated);
  const verdict = isInInterval(statedInterval, new Decimal(expected)) ? "consistent" : "conflict";
  const by =
    verdict === "conflict" ? intervalDistance(makeInterval(new Decimal(expected), new Decimal(expected), false, false), statedInterval) : undefined;
  return Object.freeze({
    kind,
    ...(typeof input.id === "string" ? { id: input.id } : {}),
    ...(typeof input.note === "string" ? { note: input.note } : {}),
    ...(operand.claimId !== undefined ? { claimId: operand.claimId } : {}),
    verdict,
    expected,
    stated,
    counted: Object.freeze(counted),
    window: Object.freeze({ ...(start !== undefined ? { since: start } : {}), until: end }),
    event: Object.freeze({ date: eventDay, ...(label !== undefined ? { label } : {}), found }),
    ...(by !== undefined ? { by } : {}),
  });
};

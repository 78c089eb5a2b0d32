import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/claim/types.js";
import { isDiscrepancyError, type DiscrepancyError } from "../../src/errors.js";
import { formatIssuePath } from "../../src/messages/misuse/quote.js";
import { quantity } from "../../src/quantity/quantity.js";
import { checkOrdinal } from "../../src/timeline/checkOrdinal.js";
import { formatOrdinalCheck } from "../../src/report/formatOrdinalCheck.js";
import type { OrdinalCheckInput, Timeline } from "../../src/timeline/types.js";

// Xi Jinping's visits to Kazakhstan as President.
const visits: Timeline = {
  events: [
    { date: "2013-09-07", label: "2013 state visit" },
    { date: "2015-05-07", label: "2015 visit" },
    { date: "2017-06-08", label: "2017 state visit" },
    { date: "2022-09-14", label: "2022 state visit" },
    { date: "2025-06-16", label: "2025 state visit" },
    { date: "2024-07-02", label: "2024 state visit" }, // out of order on purpose
  ],
};
const ordinal = (n: number) => quantity({ amount: n, unit: "ordinal", bound: "exact", text: `#${n}` });

describe("checkOrdinal", () => {
  it.each<[string, OrdinalCheckInput, "consistent" | "conflict", number]>([
    ["the fifth visit (July 2024)", { ordinal: 5, event: "2024-07-02" }, "consistent", 5],
    ["the third since 2020 (June 2025)", { ordinal: 3, event: "2025-06-16", since: "2020-01-01" }, "consistent", 3],
    ["the fourth (July 2024) would conflict", { ordinal: 4, event: "2024-07-02" }, "conflict", 5],
    ["the sixth (June 2025)", { ordinal: ordinal(6), event: "2025-06-16" }, "consistent", 6],
    ["a month that holds one event", { ordinal: 5, event: "2024-07" }, "consistent", 5],
    ["a year that holds one event", { ordinal: 4, event: "2022" }, "consistent", 4],
    ["an event label", { ordinal: 2, event: "2015 visit" }, "consistent", 2],
    ["since a year", { ordinal: 3, event: "2025-06-16", since: "2020" }, "consistent", 3],
    ["since a month", { ordinal: 2, event: "2025-06-16", since: "2022-10" }, "consistent", 2],
    ["since the event's own day counts it", { ordinal: 1, event: "2024-07-02", since: "2024-07-02" }, "consistent", 1],
    ["an event before the window", { ordinal: 1, event: "2015-05-07", since: "2020" }, "conflict", 0],
    ["an event the timeline lacks counts as one more", { ordinal: 4, event: "2019-04-01" }, "consistent", 4],
    ["counts: three visits since 2020 (as of June 2025)", { count: 3, event: "2025-06-16", since: "2020" }, "consistent", 3],
    ["counts to the end of a month", { count: 3, event: "2025-06", since: "2020" }, "consistent", 3],
    ["counts as of a day with no event", { count: 2, event: "2025-01-01", since: "2020" }, "consistent", 2],
    ["counts: more than two", { count: quantity({ amount: 2, bound: "moreThan" }), event: "2025-06-16", since: "2020" }, "consistent", 3],
    ["counts: four is wrong", { count: 4, event: "2025-06-16", since: "2020" }, "conflict", 3],
    ["until cuts the window", { count: 3, event: "2025-06-16", until: "2015" }, "conflict", 2],
  ])("%s", (_name, input, verdict, expected) => {
    const check = checkOrdinal(input, visits);
    expect(check.verdict).toBe(verdict);
    expect(check.expected).toBe(expected);
    expect(check.by === undefined).toBe(verdict === "consistent");
  });

  it("lists the counted events by date and the window it used", () => {
    const check = checkOrdinal({ ordinal: 3, event: "2025-06-16", since: "2020-01-01", id: "third" }, visits);
    expect(check.counted.map((e) => e.date)).toEqual(["2022-09-14", "2024-07-02", "2025-06-16"]);
    expect(check.window).toEqual({ since: "2020-01-01", until: "2025-06-16" });
    expect(check.event).toEqual({ date: "2025-06-16", label: "2025 state visit", found: true });
    expect(check.id).toBe("third");
    expect(check.kind).toBe("ordinal");
    expect(Object.isFrozen(check)).toBe(true);
    expect(Object.isFrozen(check.counted[0])).toBe(true);
  });

  it("reports by how much a conflict misses", () => {
    expect(checkOrdinal({ ordinal: 4, event: "2024-07-02" }, visits).by?.toFixed()).toBe("1");
  });

  it("takes the stated value from a claim and reports its id", () => {
    const claim = { id: "xi-fifth", metric: "visits", quantity: ordinal(5) } as unknown as Claim;
    const check = checkOrdinal({ ordinal: claim, event: "2024-07-02" }, visits);
    expect(check.claimId).toBe("xi-fifth");
    expect(check.stated.text).toBe("#5");
  });

  it("keeps the events' other fields, and never mutates the timeline", () => {
    const timeline = { events: [{ date: "2024-07-02", place: "Astana" }] };
    const before = JSON.stringify(timeline);
    const check = checkOrdinal({ ordinal: 1, event: "2024-07-02" }, timeline);
    expect(check.counted[0]).toEqual({ date: "2024-07-02", place: "Astana" });
    expect(JSON.stringify(timeline)).toBe(before);
  });

  it("says in a sentence what the timeline counts", () => {
    expect(formatOrdinalCheck(checkOrdinal({ ordinal: ordinal(3), event: "2025-06-16", since: "2020" }, visits))).toBe(
      '"#3" holds: it is event number 3 from 2020-01-01 to 2025-06-16 on the timeline.',
    );
    expect(formatOrdinalCheck(checkOrdinal({ ordinal: ordinal(4), event: "2024-07-02" }, visits))).toBe(
      '"#4" does not hold: it is event number 5 up to 2024-07-02 on the timeline.',
    );
    expect(formatOrdinalCheck(checkOrdinal({ count: 4, event: "2025-06-16", since: "2020" }, visits))).toBe(
      '"4" does not hold: 3 events from 2020-01-01 to 2025-06-16 on the timeline.',
    );
  });
});

describe("checkOrdinal: bad input names the field", () => {
  it.each<[string, unknown, unknown, string, string]>([
    ["an impossible event date", { ordinal: 5, event: "2023-02-29" }, visits, "event", "2023-02-29"],
    ["a 13th month", { ordinal: 5, event: "2024-13" }, visits, "event", "2024-13"],
    ["an impossible since", { ordinal: 3, event: "2025-06-16", since: "2020-02-30" }, visits, "since", "2020-02-30"],
    ["an impossible until", { ordinal: 3, event: "2025-06-16", until: "2020-00" }, visits, "until", "2020-00"],
    ["a window that ends before it starts", { count: 3, event: "2025-06-16", since: "2022", until: "2020" }, visits, "until", "before it starts"],
    ["an unknown label", { ordinal: 5, event: "moon landing" }, visits, "event", "moon landing"],
    ["a month with two events", { ordinal: 5, event: "2024-07" }, { events: [{ date: "2024-07-02" }, { date: "2024-07-20" }] }, "event", "2 events"],
    ["neither ordinal nor count", { event: "2024-07-02" }, visits, "ordinal", "either"],
    ["both ordinal and count", { ordinal: 5, count: 5, event: "2024-07-02" }, visits, "count", "not both"],
    ["an amount as an ordinal", { ordinal: quantity({ amount: "5", unit: "km" }), event: "2024-07-02" }, visits, "ordinal", "expected an ordinal"],
    ["an ordinal as a count", { count: ordinal(3), event: "2025-06-16" }, visits, "count", "expected a count"],
    ["a fractional ordinal", { ordinal: 4.5, event: "2024-07-02" }, visits, "ordinal", "has a fraction"],
    ["an impossible event on the timeline", { ordinal: 1, event: "2024" }, { events: [{ date: "2024-02-30" }] }, "timeline.events[0].date", "2024-02-30"],
    ["an event date that is only a month", { ordinal: 1, event: "2024" }, { events: [{ date: "2024-02" }] }, "timeline.events[0].date", "2024-02"],
    ["no events", { ordinal: 1, event: "2024" }, {}, "timeline.events", "required"],
  ])("%s", (_name, input, timeline, field, text) => {
    try {
      checkOrdinal(input as OrdinalCheckInput, timeline as Timeline);
      expect.unreachable();
    } catch (error) {
      expect(isDiscrepancyError(error)).toBe(true);
      const e = error as DiscrepancyError;
      expect(e.message).toContain(text);
      expect(e.issues.map((i) => formatIssuePath(i.path))).toContain(field);
    }
  });
});

describe("checkOrdinal: ordinal text in every language", () => {
  it.each<[string, string | number, string | undefined, "consistent" | "conflict"]>([
    ["5", 5, undefined, "consistent"],
    ["5th", "5th", undefined, "consistent"],
    ["fifth", "fifth", undefined, "consistent"],
    ["п'ятий (uk)", "п'ятий", "uk", "consistent"],
    ["пятый (ru)", "пятый", "ru", "consistent"],
    ["第五 (zh)", "第五", "zh", "consistent"],
    ["fourth", "fourth", undefined, "conflict"],
    ["четвертий (uk)", "четвертий", "uk", "conflict"],
  ])("%s for the July 2024 visit", (_name, stated, lang, verdict) => {
    const options = lang === undefined ? {} : { lang: lang as "uk" | "ru" | "zh" };
    expect(checkOrdinal({ ordinal: stated, event: "2024-07-02" }, visits, options).verdict).toBe(verdict);
  });

  it("reads counts as text: three visits since 2020", () => {
    const check = checkOrdinal({ count: "three", event: "2025-06-16", since: "2020" }, visits);
    expect([check.verdict, check.expected]).toEqual(["consistent", 3]);
    expect(checkOrdinal({ count: "more than two", event: "2025-06-16", since: "2020" }, visits).verdict).toBe("consistent");
  });

  it("names a stated value that is not an ordinal", () => {
    expect(() => checkOrdinal({ ordinal: "$41 billion", event: "2024-07-02" }, visits)).toThrow(/ordinal: expected an ordinal/);
    expect(() => checkOrdinal({ ordinal: "banana", event: "2024-07-02" }, visits)).toThrow(/ordinal: no quantity found/);
  });
});

import { describe, expect, test } from "vitest";
import { buildMonthTimeline, monthLabel, yearRanges } from "../../../lib/search/timeline";

describe("month timeline", () => {
  test("a continuous series from the first to the last month, empty months as zero", () => {
    const timeline = buildMonthTimeline([
      { month: "2006-11", count: 3 },
      { month: "2007-02", count: 5 },
    ]);
    expect(timeline.series).toEqual([
      { month: "2006-11", count: 3 },
      { month: "2006-12", count: 0 },
      { month: "2007-01", count: 0 },
      { month: "2007-02", count: 5 },
    ]);
    expect(timeline.total).toBe(8);
    expect(timeline.busiest).toEqual({ month: "2007-02", count: 5 });
  });

  test("a year × month grid with yearly totals, whole years even at the ends", () => {
    const { years } = buildMonthTimeline([
      { month: "2006-11", count: 3 },
      { month: "2007-02", count: 5 },
    ]);
    expect(years).toEqual([
      { year: 2006, months: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0], total: 3 },
      { year: 2007, months: [0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], total: 5 },
    ]);
  });

  test("input order does not matter, duplicates add up, malformed months and zero counts are ignored", () => {
    const timeline = buildMonthTimeline([
      { month: "2007-01", count: 2 },
      { month: "2006-12", count: 1 },
      { month: "2007-01", count: 2 },
      { month: "2007-13", count: 9 },
      { month: "garbage", count: 9 },
      { month: "2008-05", count: 0 },
    ]);
    expect(timeline.series).toEqual([
      { month: "2006-12", count: 1 },
      { month: "2007-01", count: 4 },
    ]);
  });

  test("of equally busy months the earliest is the busiest; no counts, no timeline", () => {
    expect(buildMonthTimeline([{ month: "2007-03", count: 4 }, { month: "2006-03", count: 4 }]).busiest).toEqual({ month: "2006-03", count: 4 });
    expect(buildMonthTimeline([])).toEqual({ series: [], years: [], total: 0, busiest: null });
  });

  test("month labels", () => {
    expect(monthLabel("2006-03")).toBe("March 2006");
    expect(monthLabel("1966-12")).toBe("December 1966");
  });
});

describe("year ranges for the facet value cap", () => {
  test("each range holds at most as many months as one facet answer returns", () => {
    const years = Array.from({ length: 45 }, (_, index) => 1966 + index);
    const ranges = yearRanges(years, 500);
    expect(ranges).toEqual([
      { first: 1966, last: 2006 },
      { first: 2007, last: 2010 },
    ]);
    for (const { first, last } of ranges) expect((last - first + 1) * 12).toBeLessThanOrEqual(500);
  });

  test("gaps between years are skipped, not counted", () => {
    expect(yearRanges([2010, 1966, 1985, 1966], 24)).toEqual([
      { first: 1966, last: 1966 },
      { first: 1985, last: 1985 },
      { first: 2010, last: 2010 },
    ]);
    expect(yearRanges([2005, 2006, 2007], 24)).toEqual([
      { first: 2005, last: 2006 },
      { first: 2007, last: 2007 },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { cablesLabel, shownRange } from "@/components/browse/text";
import { scaleYears } from "@/components/browse/year-scale";

describe("scaleYears", () => {
  it("is empty without dated cables", () => {
    expect(scaleYears([])).toEqual([]);
    expect(scaleYears([{ year: 2006, count: 0 }])).toEqual([]);
  });

  it("sizes bars as a share of the busiest year", () => {
    expect(scaleYears([{ year: 2006, count: 15 }, { year: 2007, count: 30 }])).toEqual([
      { year: 2006, count: 15, percent: 50 },
      { year: 2007, count: 30, percent: 100 },
    ]);
  });

  it("fills the years between with zero, in order, whatever the input order", () => {
    const bars = scaleYears([{ year: 2009, count: 4 }, { year: 2006, count: 2 }]);
    expect(bars.map(({ year, count }) => [year, count])).toEqual([
      [2006, 2],
      [2007, 0],
      [2008, 0],
      [2009, 4],
    ]);
    expect(bars[1]?.percent).toBe(0);
  });

  it("keeps a small year visible next to a huge one", () => {
    const bars = scaleYears([{ year: 1966, count: 1 }, { year: 2009, count: 60_000 }]);
    expect(bars[0]?.percent).toBe(1);
    expect(bars.at(-1)?.percent).toBe(100);
    expect(bars).toHaveLength(44);
  });
});

describe("text", () => {
  it("says cables in words", () => {
    expect(cablesLabel(1)).toBe("1 cable");
    expect(cablesLabel(15)).toBe("15 cables");
    expect(cablesLabel(251287)).toBe("251,287 cables");
  });

  it("describes the shown range, or nothing when one page shows everything", () => {
    expect(shownRange({ page: 1, total: 3, pageSize: 25, shown: 3 })).toBeNull();
    expect(shownRange({ page: 1, total: 0, pageSize: 25, shown: 0 })).toBeNull();
    expect(shownRange({ page: 2, total: 131, pageSize: 25, shown: 25 })).toBe("Showing 26–50 of 131");
    expect(shownRange({ page: 6, total: 131, pageSize: 25, shown: 6 })).toBe("Showing 126–131 of 131");
    expect(shownRange({ page: 9, total: 131, pageSize: 25, shown: 0 })).toBe("Page 9 is past the end: the last page is 6.");
  });
});

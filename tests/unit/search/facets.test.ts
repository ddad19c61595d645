import { describe, expect, test } from "vitest";
import { reshapeFacet } from "../../../lib/search/service";

describe("reshapeFacet", () => {
  test("lists selected values first, then by count, and keeps a selected value with no hits", () => {
    const values = reshapeFacet({ "Barack Obama": 40, "Ronald P. Spogli": 2, Clinton: 40, "Vladimir Putin": 9 }, ["Ronald P. Spogli", "Nobody Here"]);
    expect(values.map(({ value, count, isSelected }) => [value, count, isSelected])).toEqual([
      ["Ronald P. Spogli", 2, true],
      ["Nobody Here", 0, true],
      ["Barack Obama", 40, false],
      ["Clinton", 40, false],
      ["Vladimir Putin", 9, false],
    ]);
  });
});

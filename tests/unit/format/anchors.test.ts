import { expect, test } from "vitest";
import { withAnchors } from "../../../lib/format/anchors";

test("anchors keep the cable's own numbering, including jumps", () => {
  // 06ROME1755 is a partial extract numbered 1–5, then 16 and 17.
  const numbers = [1, 2, 3, 4, 5, 16, 17];
  const anchors = withAnchors(numbers.map((number, position) => ({ number, position }))).map(({ anchor }) => anchor);
  expect(anchors).toEqual(["p1", "p2", "p3", "p4", "p5", "p16", "p17"]);
});

test("unnumbered blocks and repeated numbers still get unique anchors", () => {
  const paragraphs = [
    { number: null, position: 0 },
    { number: 1, position: 1 },
    { number: 2, position: 2 },
    { number: 1, position: 3 },
    { number: 1, position: 4 },
  ];
  expect(withAnchors(paragraphs).map(({ anchor }) => anchor)).toEqual(["t0", "p1", "p2", "p1-2", "p1-3"]);
});

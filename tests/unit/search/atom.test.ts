import { describe, expect, test } from "vitest";
import { atomDate, buildAtomFeed, feedHref, feedTitle, xmlText, type AtomEntry, type AtomFeed } from "../../../lib/search/atom";
import { parseSearchParams } from "../../../lib/search/query";

const ENTRY: AtomEntry = {
  url: "https://cables.example/cable/06ROME1755",
  title: "06ROME1755: ITALY: PRODI GOVERNMENT'S FIRST WEEKS",
  updated: new Date("2006-06-02T15:19:00Z"),
  summary: "Embassy Rome · CONFIDENTIAL · PREL, PGOV, IT",
  author: "Embassy Rome",
};

const FEED: AtomFeed = {
  selfUrl: "https://cables.example/search/feed?tag=PHUM&origin=Embassy+Rome",
  alternateUrl: "https://cables.example/search?tag=PHUM&origin=Embassy+Rome&sort=newest",
  title: "Cable Archive — Cables: tag PHUM, origin Embassy Rome",
  updated: new Date("2006-06-02T15:19:00Z"),
  author: "Cable Archive",
  entries: [ENTRY],
};

// eslint-disable-next-line no-control-regex
const ILLEGAL_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const TEXT = /^(?:[^<&]|&(?:amp|lt|gt|quot|apos);)*$/;

/**
 * A small well-formedness check for the subset of XML the builder writes (elements, attributes
 * in double quotes, escaped text): every tag closes in order, and no raw `<` or `&` is left in
 * text or attribute values.
 */
function checkWellFormed(xml: string): string[] {
  expect(xml).not.toMatch(ILLEGAL_XML);
  const body = xml.replace(/^<\?xml version="1\.0" encoding="utf-8"\?>\n/, "");
  const stack: string[] = [];
  const elements: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)/gy;
  let match: RegExpExecArray | null;
  let position = 0;
  while ((match = token.exec(body))) {
    position = token.lastIndex;
    const [, closing, name, attributes, selfClosing, text] = match;
    if (text !== undefined) {
      expect(text, "text content").toMatch(TEXT);
      continue;
    }
    for (const [, value] of (attributes ?? "").matchAll(/="([^"]*)"/g)) expect(value, "attribute value").toMatch(TEXT);
    if (closing) expect(stack.pop(), `closing </${name}>`).toBe(name);
    else {
      elements.push(name!);
      if (!selfClosing) stack.push(name!);
    }
  }
  expect(position, "the whole document is tags and text").toBe(body.length);
  expect(stack).toEqual([]);
  return elements;
}

describe("xmlText", () => {
  test("escapes the five XML specials", () => {
    expect(xmlText(`a & b < c > d " e ' f`)).toBe("a &amp; b &lt; c &gt; d &quot; e &apos; f");
    expect(xmlText("&amp;")).toBe("&amp;amp;");
  });

  test("drops characters XML 1.0 forbids, keeps tab, line breaks and astral characters", () => {
    expect(xmlText("a\u0000b\u0007c\u000bd\u000ce\u001ff\ufffeg\uffffh")).toBe("abcdefgh");
    expect(xmlText("tab\there\nnew\r\nline")).toBe("tab\there\nnew\r\nline");
    expect(xmlText("emoji 😀, accents é")).toBe("emoji 😀, accents é");
    expect(xmlText("lone \ud800 high, lone \udc00 low")).toBe("lone  high, lone  low");
  });
});

describe("buildAtomFeed", () => {
  test("writes an Atom 1.0 feed: id and self link are the feed URL, each entry's id is the cable URL", () => {
    const xml = buildAtomFeed(FEED);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(checkWellFormed(xml)).toEqual(["feed", "id", "title", "link", "link", "updated", "author", "name", "entry", "id", "title", "link", "updated", "author", "name", "summary"]);
    expect(xml).toContain("<id>https://cables.example/search/feed?tag=PHUM&amp;origin=Embassy+Rome</id>");
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://cables.example/search/feed?tag=PHUM&amp;origin=Embassy+Rome"/>');
    expect(xml).toContain("<id>https://cables.example/cable/06ROME1755</id>");
    expect(xml).toContain('<title type="text">06ROME1755: ITALY: PRODI GOVERNMENT&apos;S FIRST WEEKS</title>');
    expect(xml).toContain("<updated>2006-06-02T15:19:00Z</updated>");
    expect(xml).toContain("<summary type=\"text\">Embassy Rome · CONFIDENTIAL · PREL, PGOV, IT</summary>");
  });

  test("hostile subjects stay text: script tags, ampersands, CDATA ends and control characters", () => {
    const hostile: AtomEntry = {
      ...ENTRY,
      url: 'https://cables.example/cable/X"><script>alert(1)</script>',
      title: "06ROME1755: <script>alert('x')</script> & ]]> <![CDATA[ \u0000\u0001\u001b[31m\u000c done",
      summary: 'Embassy "Rome" & <b>co</b> · SECRET//NOFORN · ]]>',
      author: "<Embassy> & 'Co'",
    };
    const xml = buildAtomFeed({ ...FEED, title: "]]> & <feed>", entries: [hostile, ENTRY] });
    checkWellFormed(xml);
    expect(xml).not.toContain("<script");
    expect(xml).not.toContain("]]>");
    expect(xml).not.toContain("<![CDATA[");
    expect(xml).toContain("06ROME1755: &lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; ]]&gt; &lt;![CDATA[ [31m done");
    expect(xml).toContain('href="https://cables.example/cable/X&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(xml).toContain("<author><name>&lt;Embassy&gt; &amp; &apos;Co&apos;</name></author>");
    expect(xml.match(/<entry>/g)).toHaveLength(2);
  });

  test("an entry with no known post has no author of its own; the feed's author covers it", () => {
    const xml = buildAtomFeed({ ...FEED, entries: [{ ...ENTRY, author: null }] });
    expect(checkWellFormed(xml).filter((name) => name === "author")).toHaveLength(1);
  });

  test("an empty search is still a valid feed", () => {
    expect(checkWellFormed(buildAtomFeed({ ...FEED, entries: [] }))).not.toContain("entry");
  });

  test("dates are RFC 3339 in UTC", () => {
    expect(atomDate(new Date("2006-06-02T17:19:00+02:00"))).toBe("2006-06-02T15:19:00Z");
    expect(atomDate(new Date(0))).toBe("1970-01-01T00:00:00Z");
  });
});

describe("feed links", () => {
  test("every sort and page of a search shares one feed URL", () => {
    const base = parseSearchParams({ q: "Prodi", tag: ["PHUM"], origin: "Embassy Rome", to: "2007-03" });
    const href = feedHref(base);
    expect(href).toBe("/search/feed?q=Prodi&tag=PHUM&origin=Embassy+Rome&to=2007-03");
    expect(feedHref({ ...base, sort: "oldest", page: 7 })).toBe(href);
    expect(feedHref(parseSearchParams({}))).toBe("/search/feed");
  });

  test("the title names the words and filters", () => {
    expect(feedTitle(parseSearchParams({ tag: "PHUM", origin: "Embassy Rome" }))).toBe("Cables: tag PHUM, origin Embassy Rome");
    expect(feedTitle(parseSearchParams({ q: "Prodi", tag: ["PREL", "PGOV"], from: "2006", to: "2007-03" }))).toBe("Cables: “Prodi”, tag PREL or PGOV, from 2006, to 2007-03");
    expect(feedTitle(parseSearchParams({}))).toBe("Newest cables");
  });
});

import { parse } from "csv-parse/sync";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { ResultActions, feedHref } from "../../../components/search/result-actions";
import {
  EXPORT_COLUMNS,
  csvField,
  csvHeader,
  csvRow,
  exportFilename,
  exportHref,
  exportStream,
  jsonLine,
  jsonTruncationLine,
  parseExportFormat,
  queryFromUrl,
  type ExportRow,
} from "../../../lib/search/export-format";
import { parseSearchParams } from "../../../lib/search/query";

const ROW: ExportRow = {
  refId: "06ROME1755",
  date: "2006-06-02T15:19:00.000Z",
  origin: "Embassy Rome",
  classification: "CONFIDENTIAL",
  tags: ["PREL", "PGOV", "IT"],
  subject: "ITALY: PRODI GOVERNMENT'S FIRST WEEKS",
  url: "https://cables.example/cable/06ROME1755",
};

const parseCsv = (text: string): string[][] => parse(text, { relaxColumnCount: false }) as string[][];

describe("CSV fields (RFC 4180)", () => {
  test("plain text is written as is; empty and null are empty fields", () => {
    expect(csvField("Embassy Rome")).toBe("Embassy Rome");
    expect(csvField("")).toBe("");
    expect(csvField(null)).toBe("");
  });

  test("commas, quotes and line breaks are quoted, quotes doubled", () => {
    expect(csvField("ROME, ITALY")).toBe('"ROME, ITALY"');
    expect(csvField('the "full harmony" line')).toBe('"the ""full harmony"" line"');
    expect(csvField("one\ntwo")).toBe('"one\ntwo"');
    expect(csvField("one\r\ntwo")).toBe('"one\r\ntwo"');
  });

  test("cells a spreadsheet would run as formulas start with an apostrophe", () => {
    expect(csvField('=HYPERLINK("http://evil.example","click")')).toBe(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csvField("+1 555")).toBe("'+1 555");
    expect(csvField("-2+3")).toBe("'-2+3");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tindented")).toBe("'\tindented");
    expect(csvField("\rcarriage")).toBe("\"'\rcarriage\"");
    expect(csvField("a = b")).toBe("a = b");
  });

  test("a row has the seven columns in order, tags joined with '; ', ending in CRLF", () => {
    expect(csvHeader()).toBe("refId,date,origin,classification,tags,subject,url\r\n");
    expect(csvRow(ROW)).toBe("06ROME1755,2006-06-02T15:19:00.000Z,Embassy Rome,CONFIDENTIAL,PREL; PGOV; IT,ITALY: PRODI GOVERNMENT'S FIRST WEEKS,https://cables.example/cable/06ROME1755\r\n");
    expect(csvRow({ ...ROW, date: null, origin: null, tags: [], subject: null })).toBe("06ROME1755,,,CONFIDENTIAL,,,https://cables.example/cable/06ROME1755\r\n");
  });

  test("hostile values survive a round trip through a CSV parser, seven fields per record", () => {
    const hostile: ExportRow = { ...ROW, subject: '=cmd|"/c calc"!A1,\r\n<script>alert(1)</script> "quoted", done', tags: ['QUOTE"TAG', "BACK\\SLASH", "-MINUS"], origin: "Rome, Italy\n" };
    const records = parseCsv(csvHeader() + csvRow(hostile) + csvRow(ROW));
    expect(records).toHaveLength(3);
    for (const record of records) expect(record).toHaveLength(EXPORT_COLUMNS.length);
    expect(records[1]).toEqual(["06ROME1755", ROW.date, "Rome, Italy\n", "CONFIDENTIAL", "QUOTE\"TAG; BACK\\SLASH; -MINUS", `'${hostile.subject}`, ROW.url]);
  });
});

describe("JSON Lines", () => {
  test("one object per line with the columns in order and tags as an array", () => {
    const line = jsonLine(ROW);
    expect(line.endsWith("\n")).toBe(true);
    expect(line.slice(0, -1)).not.toContain("\n");
    expect(Object.keys(JSON.parse(line))).toEqual([...EXPORT_COLUMNS]);
    expect(JSON.parse(line)).toEqual(ROW);
  });

  test("values are data, not spreadsheet cells: no apostrophe, line breaks escaped", () => {
    const row = { ...ROW, subject: "=1+1\nsecond line \u2028 </script>" };
    const line = jsonLine(row);
    expect(line.split("\n")).toHaveLength(2);
    expect(JSON.parse(line).subject).toBe(row.subject);
  });

  test("the truncation line says how many matched and how many were written", () => {
    expect(JSON.parse(jsonTruncationLine({ total: 120_000, exported: 50_000 }))).toEqual({ truncated: true, total: 120_000, exported: 50_000 });
  });
});

async function* rowsOf(rows: ExportRow[], failAfter?: number): AsyncGenerator<ExportRow> {
  for (const [index, row] of rows.entries()) {
    if (index === failAfter) throw new Error("search went away");
    yield row;
  }
}

const readStream = (stream: ReadableStream<Uint8Array>) => new Response(stream).text();
const THREE = ["06ROME1755", "07ROME535", "09TESTPOST1"].map((refId) => ({ ...ROW, refId }));

describe("exportStream", () => {
  test("a complete CSV export is the header and one record per row, nothing else", async () => {
    const text = await readStream(exportStream("csv", { rows: rowsOf(THREE), total: 3, isTruncated: false }));
    expect(text).toBe(csvHeader() + THREE.map(csvRow).join(""));
  });

  test("a truncated CSV export has no extra row: the headers of the response say it", async () => {
    const text = await readStream(exportStream("csv", { rows: rowsOf(THREE.slice(0, 2)), total: 3, isTruncated: true }));
    expect(parseCsv(text)).toHaveLength(3);
  });

  test("a truncated JSON Lines export ends with the truncation line, a complete one does not", async () => {
    const truncated = (await readStream(exportStream("jsonl", { rows: rowsOf(THREE.slice(0, 2)), total: 3, isTruncated: true }))).trimEnd().split("\n");
    expect(truncated.map((line) => JSON.parse(line))).toEqual([THREE[0], THREE[1], { truncated: true, total: 3, exported: 2 }]);
    const complete = (await readStream(exportStream("jsonl", { rows: rowsOf(THREE), total: 3, isTruncated: false }))).trimEnd().split("\n");
    expect(complete.map((line) => JSON.parse(line))).toEqual(THREE);
  });

  test("an empty export is just the CSV header, or nothing at all in JSON Lines", async () => {
    expect(await readStream(exportStream("csv", { rows: rowsOf([]), total: 0, isTruncated: false }))).toBe(csvHeader());
    expect(await readStream(exportStream("jsonl", { rows: rowsOf([]), total: 0, isTruncated: false }))).toBe("");
  });

  test("a failure mid-way fails the download instead of ending it early", async () => {
    await expect(readStream(exportStream("csv", { rows: rowsOf(THREE, 2), total: 3, isTruncated: false }))).rejects.toThrow("search went away");
  });

  test("a cancelled download stops the paging", async () => {
    let isClosed = false;
    async function* endless(): AsyncGenerator<ExportRow> {
      try {
        for (;;) yield ROW;
      } finally {
        isClosed = true;
      }
    }
    const reader = exportStream("jsonl", { rows: endless(), total: 1_000_000, isTruncated: false }).getReader();
    await reader.read();
    await reader.cancel();
    expect(isClosed).toBe(true);
  });
});

describe("export requests", () => {
  test("only csv and jsonl are formats", () => {
    expect(parseExportFormat("csv")).toBe("csv");
    expect(parseExportFormat("jsonl")).toBe("jsonl");
    for (const value of ["CSV", "xlsx", "", null, undefined]) expect(parseExportFormat(value)).toBeNull();
  });

  test("the file is named after the day, in UTC", () => {
    expect(exportFilename("csv", new Date("2026-11-23T23:59:59Z"))).toBe("cables-2026-11-23.csv");
    expect(exportFilename("jsonl", new Date("2026-01-02T00:00:00Z"))).toBe("cables-2026-01-02.jsonl");
  });

  test("export links keep the search and its sort, drop the page, and read back as the same search", () => {
    const query = parseSearchParams({ q: "Prodi", tag: ["PHUM", 'A"B'], origin: "Embassy Rome", from: "2006", sort: "oldest", page: "4" });
    const href = exportHref(query, "csv");
    expect(href).toMatch(/^\/search\/export\?/);
    const url = new URL(href, "http://archive.test");
    expect(url.searchParams.get("format")).toBe("csv");
    expect(url.searchParams.has("page")).toBe(false);
    expect(queryFromUrl(url)).toEqual({ ...query, page: 1 });
  });

  test("a request's parameters are cleaned like the search page's: unknown dropped, repeated kept", () => {
    const url = new URL("http://archive.test/search/export?format=csv&tag=PREL&tag=PHUM&sort=bogus&page=-3&evil=1&q=%00Rome");
    expect(queryFromUrl(url)).toEqual(parseSearchParams({ tag: ["PREL", "PHUM"], q: "Rome" }));
  });
});

describe("ResultActions", () => {
  test("links the CSV, JSON Lines, Atom and timeline versions of the same search", () => {
    const query = parseSearchParams({ tag: "PHUM", origin: "Embassy Rome", sort: "oldest", page: "2" });
    const html = renderToStaticMarkup(createElement(ResultActions, { query }));
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!.replaceAll("&amp;", "&"));
    expect(hrefs).toEqual(["/search/export?tag=PHUM&origin=Embassy+Rome&sort=oldest&format=csv", "/search/export?tag=PHUM&origin=Embassy+Rome&sort=oldest&format=jsonl", "/search/feed?tag=PHUM&origin=Embassy+Rome", "/search/timeline?tag=PHUM&origin=Embassy+Rome&sort=oldest"]);
    expect(html).toContain("Download CSV");
    expect(html).toContain("Download JSON Lines");
    expect(html).toContain("Atom feed");
    expect(html).toContain("Timeline by month");
    expect(feedHref(query)).toBe("/search/feed?tag=PHUM&origin=Embassy+Rome");
  });
});

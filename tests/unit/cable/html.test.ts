import { describe, expect, it } from "vitest";
import { readCablePage } from "@/lib/cable/html";
import { parseCable, parseCableHtml } from "@/lib/cable/index";

/** Shaped like the cable site's pages (06BOGOTA2063), cut down to the parts the parser reads. */
const PAGE = `<?xml version='1.0' encoding='utf-8' ?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html lang='en' xml:lang='en' xmlns='http://www.w3.org/1999/xhtml'>
<head><title>Cable Viewer</title></head>
<body>
<div class='main'>
<div class='pane small'>
<a href='/classification/6_0.html' title='confidential//noforn'>UNCLASSIFIED//FOR OFFICIAL USE ONLY</a>
</div>
<div class='pane big'>
<h3>Viewing cable 06BOGOTA2063, LIBERAL PARTY CANDIDATE RIVERA ON PRESIDENTIAL</h3>
<table class='cable'>
<tr><th>Reference ID</th><th>Created</th><th>Released</th><th>Classification</th><th>Origin</th></tr>
<tr>
<td><a href='/cable/2006/03/06BOGOTA2063.html'>06BOGOTA2063</a></td>
<td><a href='/date/2006-03_0.html'>2006-03-08 14:02</a></td>
<td><a href='/reldate/2011-03-10_0.html'>2011-03-10 12:12</a></td>
<td><a href='/classification/1_0.html' title='unclassified'>CONFIDENTIAL</a></td>
<td><a href='/origin/126_0.html'>Embassy Bogota</a></td>
</tr>
</table>
<code><pre>VZCZCXYZ0017&#x000A;PP RUEHWEB&#x000A;&#x000A;DE RUEHBO #2063/01 0671434&#x000A;ZNY CCCCC ZZH&#x000A;P 081434Z MAR 06&#x000A;FM AMEMBASSY BOGOTA&#x000A;TO RUEHC/SECSTATE WASHDC PRIORITY 2871&#x000A;INFO RUEHBR/AMEMBASSY BRASILIA PRIORITY 6603</pre></code>
<code><pre>C O N F I D E N T I A L BOGOTA 002063 &#x000A;&#x000A;SIPDIS &#x000A;&#x000A;E.O. 12958: DECL: 03/08/2016 &#x000A;TAGS: <a href='/tag/PGOV_0.html'>PGOV</a> <a href='/tag/PREL_0.html'>PREL</a> <a href='/tag/CO_0.html'>CO</a>&#x000A;SUBJECT: LIBERAL PARTY CANDIDATE RIVERA ON PRESIDENTIAL &#x000A;CHANCES &#x000A;&#x000A;Classified By: Political Counselor Jeffrey DeLaurentis.&#x000A;Reasons: 1.4 (b,d) &#x000A;&#x000A;<a id='par1' href='#par1'>¶</a>1. (C) Liberal party candidate &amp; Senator &#x000A;Rodrigo Rivera Salazar met poloffs. &#x000A;&#x000A;<a id='par2' href='#par2'>¶</a>2. (C) Rivera told Poloffs &quot;March 3&quot; that he was confident. &#x000A;WOOD</pre></code>
</div>
</div>
</body>
</html>`;

describe("cable site pages", () => {
  it("extracts the metadata table and title, not the sidebar", () => {
    const page = readCablePage(PAGE);
    expect(page.ok && page.value.metadata).toEqual({
      refId: "06BOGOTA2063",
      createdAt: "2006-03-08 14:02",
      classification: "CONFIDENTIAL",
      origin: "Embassy Bogota",
      title: "LIBERAL PARTY CANDIDATE RIVERA ON PRESIDENTIAL",
    });
  });

  it("decodes entities and drops the anchors and tag links", () => {
    const result = parseCableHtml({ html: PAGE, source: { file: "06BOGOTA2063.html", row: null } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const record = result.value;
    expect(record.refId).toBe("06BOGOTA2063");
    expect(record.sentAt).toBe("2006-03-08T14:34:00.000Z");
    expect(record.tags).toEqual(["PGOV", "PREL", "CO"]);
    expect(record.subject).toBe("LIBERAL PARTY CANDIDATE RIVERA ON PRESIDENTIAL CHANCES");
    expect(record.paragraphs.map((paragraph) => paragraph.number)).toEqual([1, 2]);
    expect(record.paragraphs[0]?.text).toBe("Liberal party candidate & Senator\nRodrigo Rivera Salazar met poloffs.");
    expect(record.paragraphs[1]?.text).toBe('Rivera told Poloffs "March 3" that he was confident.');
    expect(record.signature).toBe("WOOD");
    expect(record.classificationReasons).toBe("1.4 (b,d)");
    expect(record.sourceText.startsWith("VZCZCXYZ0017\nPP RUEHWEB")).toBe(true);
  });

  it("ignores the page's metadata with --format text semantics", () => {
    const [outcome] = parseCable({ content: PAGE.replace("06BOGOTA2063</a>", "06BOGOTA9999</a>"), file: "x.html", format: "text" });
    expect(outcome?.ok && outcome.value.refId).toBe("06BOGOTA2063");
  });

  it("returns an error for HTML that is not a cable page", () => {
    const [outcome] = parseCable({ content: "<!DOCTYPE html><html><body><p>Hello</p></body></html>", file: "index.html" });
    expect(outcome?.ok).toBe(false);
    expect(outcome?.source).toEqual({ file: "index.html", row: null });
  });
});

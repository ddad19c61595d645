import { describe, expect, it } from "vitest";
import { copyTextLine, copyTextValue } from "@/lib/db/copy";

describe("COPY text format", () => {
  it("writes null as \\N and numbers and booleans as themselves", () => {
    expect(copyTextValue(null)).toBe("\\N");
    expect(copyTextValue(0)).toBe("0");
    expect(copyTextValue(false)).toBe("false");
  });

  it("escapes the characters the format reserves, so a cable's text cannot end a field or a row", () => {
    expect(copyTextValue("C:\\TEMP")).toBe("C:\\\\TEMP");
    expect(copyTextValue("line one\nline two\r\n")).toBe("line one\\nline two\\r\\n");
    expect(copyTextValue("a\tb")).toBe("a\\tb");
    // The two letters \N in text stay text, not null.
    expect(copyTextValue("\\N")).toBe("\\\\N");
    expect(copyTextValue("D'ALEMA — Massimo")).toBe("D'ALEMA — Massimo");
  });

  it("joins a row with tabs and ends it with a newline", () => {
    expect(copyTextLine([7, "Spogli", null])).toBe("7\tSpogli\t\\N\n");
  });
});

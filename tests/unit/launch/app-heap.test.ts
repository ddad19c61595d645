import { describe, expect, test } from "vitest";
import { appHeapMb, DEFAULT_APP_HEAP_MB } from "../../../lib/launch/next-app";

describe("the web server's heap limit (APP_HEAP_MB)", () => {
  test("is the default unless a sensible number of megabytes is given", () => {
    expect(appHeapMb({})).toBe(DEFAULT_APP_HEAP_MB);
    expect(appHeapMb({ APP_HEAP_MB: "1024" })).toBe(1024);
    expect(appHeapMb({ APP_HEAP_MB: "12" })).toBe(DEFAULT_APP_HEAP_MB);
    expect(appHeapMb({ APP_HEAP_MB: "lots" })).toBe(DEFAULT_APP_HEAP_MB);
  });
});

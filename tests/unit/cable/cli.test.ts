/** The parse CLI's contract: JSON Lines on stdout, one error line per failed input on stderr, exit code. */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const FIXTURES = fileURLToPath(new URL("./fixtures", import.meta.url));

async function parseCli(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "scripts/parse.ts", ...args], { cwd: ROOT });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

describe("npm run parse", () => {
  const dir = mkdtempSync(join(tmpdir(), "cable-cli-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints one record per cable of a folder and exits 0", async () => {
    const { stdout, stderr, code } = await parseCli(["--format", "text", FIXTURES]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const records = stdout.trim().split("\n").map((line) => JSON.parse(line) as { refId: string; source: unknown });
    expect(records.map((record) => record.refId)).toEqual(["06ROME1755", "07ROME535"]);
    expect(records[0]?.source).toEqual({ file: join(FIXTURES, "06ROME1755.txt"), row: null });
  }, 30_000);

  it("reports failed inputs on stderr and exits 1", async () => {
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const { stdout, stderr, code } = await parseCli([empty, join(dir, "missing.txt"), join(FIXTURES, "07ROME535.txt")]);
    expect(code).toBe(1);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    const errors = stderr.trim().split("\n").map((line) => JSON.parse(line) as { file: string; error: string });
    expect(errors.map((error) => error.file)).toEqual([empty, join(dir, "missing.txt")]);
    expect(errors.every((error) => error.error.length > 0)).toBe(true);
  }, 30_000);

  it("explains its usage", async () => {
    const { stdout, code } = await parseCli(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("--format auto|text|html|csv");
  }, 30_000);
});

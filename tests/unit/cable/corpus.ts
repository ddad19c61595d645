/** Shared access to the development corpus for the corpus-wide tests (skipped when it is absent). */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createDumpCsvParser } from "@/lib/cable/csv";
import type { DumpRow } from "@/lib/cable/csv";

const PROJECT_ROOT = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../..");

export const CORPUS_DIR = process.env.CORPUS_DIR ?? resolve(PROJECT_ROOT, "../shared/corpus");
export const hasCorpus = existsSync(join(CORPUS_DIR, "cables.csv"));

export function warnIfNoCorpus(suite: string): void {
  if (!hasCorpus) {
    console.warn(`[${suite}] skipped: no development corpus at ${CORPUS_DIR} (set CORPUS_DIR to run these tests)`);
  }
}

export function readDumpCsv(name: string): DumpRow[] {
  const parser = createDumpCsvParser();
  const content = readFileSync(join(CORPUS_DIR, name), "utf8");
  return [...parser.push(content), ...parser.end()];
}

/** Writes dump rows back in the dump layout (every field quoted, `"` and `\` escaped). */
export function toDumpCsv(rows: string[][]): string {
  return rows.map((fields) => fields.map((field) => `"${field.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`).join(",")).join("\n") + "\n";
}

export function listFiles(dir: string, extension: string): string[] {
  const root = join(CORPUS_DIR, dir);
  if (!existsSync(root)) return [];
  const found: string[] = [];
  const walk = (path: string): void => {
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(extension)) found.push(full);
    }
  };
  walk(root);
  return found;
}

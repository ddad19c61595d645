/** CLI: `npm run -s parse -- [--format auto|text|html|csv] PATH...` → JSON Lines of cable records. */
import type { Writable } from "node:stream";
import type { CableFormat } from "../lib/cable/types";
import { parsePaths } from "../lib/cable/read";

const USAGE = `Usage: npm run -s parse -- [--format auto|text|html|csv] PATH...

Parses cables from files or folders (walked recursively) and prints one JSON object per cable
on stdout (JSON Lines), each with source: {"file": path, "row": n}. Failed inputs are printed
on stderr as {"file": ..., "error": ...}. Exit code 0 when every input parsed, 1 otherwise.

  --format auto   detect each file: .html pages, dump-layout .csv files, plain text (default)
  --format text   use the cable text only: dump columns and page tables are ignored
  --format html   treat every file as a page of the cable site
  --format csv    treat every file as a dump CSV (8 quoted fields, streamed)
  -h, --help      show this help`;

const FORMATS = ["auto", "text", "html", "csv"] as const;
type FormatOption = CableFormat | "auto";

type Options = { format: FormatOption; paths: string[] } | { help: true } | { error: string };

function readOptions(args: readonly string[]): Options {
  let format: FormatOption = "auto";
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "-h" || arg === "--help") return { help: true };
    if (arg === "--format" || arg.startsWith("--format=")) {
      const value = arg.includes("=") ? arg.slice("--format=".length) : args[++i];
      if (!value || !(FORMATS as readonly string[]).includes(value)) return { error: `unknown format: ${value ?? "(missing)"}` };
      format = value as FormatOption;
    } else if (arg === "--") {
      paths.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith("-") && arg !== "-") {
      return { error: `unknown option: ${arg}` };
    } else {
      paths.push(arg);
    }
  }
  if (paths.length === 0) return { error: "no PATH given" };
  return { format, paths };
}

function createLineWriter(stream: Writable): { write: (line: string) => Promise<void>; flush: () => Promise<void> } {
  let buffer: string[] = [];
  let size = 0;
  async function flush(): Promise<void> {
    if (buffer.length === 0) return;
    const text = buffer.join("");
    buffer = [];
    size = 0;
    if (!stream.write(text)) await new Promise<void>((resolve) => stream.once("drain", resolve));
  }
  async function write(line: string): Promise<void> {
    buffer.push(line, "\n");
    size += line.length + 1;
    if (size > 1 << 20) await flush();
  }
  return { write, flush };
}

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2));
  if ("help" in options) {
    console.log(USAGE);
    return 0;
  }
  if ("error" in options) {
    console.error(`${options.error}\n\n${USAGE}`);
    return 2;
  }
  const out = createLineWriter(process.stdout);
  const err = createLineWriter(process.stderr);
  let failures = 0;
  for await (const outcome of parsePaths(options.paths, { format: options.format })) {
    if (outcome.ok) {
      await out.write(JSON.stringify(outcome.value));
    } else {
      failures++;
      const { file, row } = outcome.source;
      await err.write(JSON.stringify(row === null ? { file, error: outcome.error } : { file, row, error: outcome.error }));
    }
  }
  await out.flush();
  await err.flush();
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(JSON.stringify({ file: null, error: error instanceof Error ? error.message : String(error) }));
    process.exitCode = 1;
  },
);

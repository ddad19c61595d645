/**
 * `npm run synth -- --count N --out DIR [--seed S]`: writes DIR/cables.csv, a synthetic corpus in the
 * dump CSV layout recombined from the development corpus, for benchmarks. Streamed with backpressure,
 * so memory stays flat at any count.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, readFile, rename } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { DumpRow } from "../lib/cable/csv";
import { readDumpRows } from "../lib/cable/read";
import { runMain } from "../lib/launch/cli";
import { dumpCsvRow } from "../lib/synth/dump-csv";
import { buildSynthSource } from "../lib/synth/source";
import { createSynthesizer } from "../lib/synth/synthesize";

const PROJECT_ROOT = resolve(import.meta.dirname, "..");
const FLUSH_CHARS = 1 << 20;
const PROGRESS_EVERY_MS = 2000;

const USAGE = `Usage: npm run synth -- --count N --out DIR [--seed S]

Writes DIR/cables.csv: N synthetic cables in the layout of the Cablegate dump (8 quoted fields,
no header row), for benchmarks only. Each is a real cable of the development corpus recombined
with paragraphs of other real cables of similar length, under a post, year and month drawn from
the release's reference-id list, so posts, dates, classifications, TAGS, lengths and words keep
the real spread. Every synthetic cable is marked: its post is SYNTHETIC + a real post (reference
id 09SYNTHETICROME12, origin "Embassy Synthetic Rome"), which no real cable has, and its body says
"SYNTHETIC BENCHMARK CABLE". The same seed and count give byte-identical output.

  --count N    number of cables (the full release is 251287, about 1.6 GB)
  --out DIR    output folder (created if missing); the file is DIR/cables.csv
  --seed S     any text (default 1)
  -h, --help   show this help

Reads CORPUS_DIR (default ../shared/corpus): cables.csv and reference-ids.csv.`;

type Options = { count: number; out: string; seed: string } | { help: true } | { error: string };

function readOptions(args: readonly string[]): Options {
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "-h" || arg === "--help") return { help: true };
    const match = /^--(count|out|seed)(?:=(.*))?$/.exec(arg);
    if (!match) return { error: `unknown argument: ${arg}` };
    const value = match[2] ?? args[++i];
    if (value === undefined || value === "") return { error: `--${match[1]} needs a value` };
    values[match[1]!] = value;
  }
  const count = Number(values.count);
  if (!Number.isSafeInteger(count) || count < 1) return { error: "--count must be a whole number of at least 1" };
  if (!values.out) return { error: "--out DIR is required" };
  return { count, out: resolve(values.out), seed: values.seed ?? "1" };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

async function readCorpus(dir: string): Promise<{ rows: DumpRow[]; referenceIds: string }> {
  const rows: DumpRow[] = [];
  for await (const row of readDumpRows(join(dir, "cables.csv"))) rows.push(row);
  const referenceIds = await readFile(join(dir, "reference-ids.csv"), "utf8");
  return { rows, referenceIds };
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
  const started = performance.now();
  const corpusDir = resolve(process.env.CORPUS_DIR ?? join(PROJECT_ROOT, "..", "shared", "corpus"));
  const { source, summary } = buildSynthSource(await readCorpus(corpusDir));
  console.error(`[synth] ${summary.templates} of ${summary.rows} corpus cables usable as templates, ${summary.posts} posts (${corpusDir})`);

  await mkdir(options.out, { recursive: true });
  const file = join(options.out, "cables.csv");
  // Written under another name first, so an interrupted run never leaves a plausible-looking cables.csv.
  const partial = `${file}.partial`;
  const stream = createWriteStream(partial);
  const synthesizer = createSynthesizer({ source, seed: options.seed });
  let bytes = 0;
  let buffered: string[] = [];
  let bufferedChars = 0;
  let lastProgress = performance.now();

  const flush = async (): Promise<void> => {
    const chunk = buffered.join("");
    buffered = [];
    bufferedChars = 0;
    bytes += Buffer.byteLength(chunk);
    if (!stream.write(chunk)) await once(stream, "drain");
  };

  for (let row = 1; row <= options.count; row++) {
    const line = dumpCsvRow(synthesizer.next().fields);
    buffered.push(line);
    bufferedChars += line.length;
    if (bufferedChars >= FLUSH_CHARS) await flush();
    if (performance.now() - lastProgress >= PROGRESS_EVERY_MS) {
      lastProgress = performance.now();
      const seconds = (lastProgress - started) / 1000;
      console.error(`[synth] ${row.toLocaleString("en-US")} / ${options.count.toLocaleString("en-US")} cables, ${megabytes(bytes)}, ${seconds.toFixed(0)} s`);
    }
  }
  await flush();
  stream.end();
  await once(stream, "finish");
  await rename(partial, file);
  const seconds = (performance.now() - started) / 1000;
  console.error(`[synth] wrote ${file}: ${options.count.toLocaleString("en-US")} rows, ${bytes.toLocaleString("en-US")} bytes (${megabytes(bytes)}), ${seconds.toFixed(1)} s, seed ${options.seed}`);
  return 0;
}

runMain(main, "synth");

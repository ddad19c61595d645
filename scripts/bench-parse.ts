/** Benchmark: parses the whole development corpus in-process on one thread and prints cables/s and MB/s. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseCable } from "../lib/cable/index";
import { decodeCableBytes, listInputFiles } from "../lib/cable/read";

const CORPUS_DIR = process.env.CORPUS_DIR ?? resolve(import.meta.dirname, "../../shared/corpus");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const INPUT_NAMES = /\.(?:csv|html|txt)$/;

type Input = { file: string; content: string; bytes: number };

async function loadInputs(): Promise<Input[]> {
  const inputs: Input[] = [];
  for await (const { file, error } of listInputFiles([CORPUS_DIR])) {
    if (error || !INPUT_NAMES.test(file) || file.endsWith("reference-ids.csv")) continue;
    const bytes = readFileSync(file);
    inputs.push({ file, content: decodeCableBytes(bytes), bytes: bytes.length });
  }
  return inputs;
}

type Run = { cables: number; failures: number; seconds: number; cpuSeconds: number };

/** Wall time and this process's CPU time (the machine may be busy with other work; CPU time is not). */
function runOnce(inputs: readonly Input[]): Run {
  let cables = 0;
  let failures = 0;
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (const { file, content } of inputs) {
    for (const outcome of parseCable({ content, file })) {
      if (outcome.ok) cables++;
      else failures++;
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  return { cables, failures, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

async function main(): Promise<void> {
  const inputs = await loadInputs();
  if (inputs.length === 0) {
    console.error(`no corpus at ${CORPUS_DIR} (set CORPUS_DIR)`);
    process.exitCode = 1;
    return;
  }
  const megabytes = inputs.reduce((sum, input) => sum + input.bytes, 0) / 1e6;
  runOnce(inputs);
  const runs = Array.from({ length: ROUNDS }, () => runOnce(inputs)).sort((a, b) => a.seconds - b.seconds);
  const median = runs[Math.floor(runs.length / 2)]!;
  console.log(`corpus: ${CORPUS_DIR} (${inputs.length} files, ${megabytes.toFixed(1)} MB)`);
  console.log(`cables: ${median.cables} parsed, ${median.failures} failed per run; median of ${ROUNDS} runs after a warm-up`);
  console.log(`time:   ${median.seconds.toFixed(3)} s wall, ${median.cpuSeconds.toFixed(3)} s CPU`);
  console.log(`speed:  ${Math.round(median.cables / median.seconds)} cables/s, ${(megabytes / median.seconds).toFixed(1)} MB/s (one core, wall clock)`);
  console.log(
    `        ${Math.round(median.cables / median.cpuSeconds)} cables/s, ${(megabytes / median.cpuSeconds).toFixed(1)} MB/s per CPU-second (includes garbage collection threads)`,
  );
}

void main();

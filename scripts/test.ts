/**
 * `npm test`: unit tests, integration tests against real PostgreSQL and Meilisearch, then
 * end-to-end tests in Chromium against the production build, served with its own throw-away
 * services and the sample and fixture cables, then a small run of the benchmark so that it cannot
 * rot (its figures are printed, never judged). Prints how many tests of each kind ran.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { applyMigrations } from "../lib/db/migrate";
import { ingestPaths } from "../lib/ingest/run";
import { buildIfChanged, startNextServer } from "../lib/launch/next-app";
import { describeFailure, findFreePort, startServices } from "../lib/services/index";

const PROJECT_ROOT = resolve(import.meta.dirname, "..");
const SUITES = ["unit", "integration", "e2e", "ops", "bench"] as const;
type Suite = (typeof SUITES)[number];
type Counts = { passed: number; failed: number; skipped: number };
type SuiteResult = { suite: Suite; counts: Counts | null; exitCode: number; error?: string };

const CORPUS_DIR = process.env.CORPUS_DIR ?? join(PROJECT_ROOT, "..", "shared", "corpus");
// The browser tests read the sample and fixture cables, plus real pages of the cable site and
// plain-text cables from the development corpus when it is there (tests needing them skip otherwise).
const E2E_CORPUS_PARTS = [join(CORPUS_DIR, "html"), join(CORPUS_DIR, "text")].filter((path) => existsSync(path));
const E2E_CABLES = [join(PROJECT_ROOT, "prisma", "sample-cables"), join(PROJECT_ROOT, "e2e", "fixtures", "cables"), ...E2E_CORPUS_PARTS];

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, env, stdio: "inherit" });
    child.once("exit", (code, signal) => resolveRun(code ?? (signal ? 1 : 0)));
  });
}

async function readVitestCounts(reportFile: string): Promise<Counts | null> {
  try {
    const report = JSON.parse(await readFile(reportFile, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
    return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
  } catch {
    return null;
  }
}

async function readPlaywrightCounts(reportFile: string): Promise<Counts | null> {
  try {
    const { stats } = JSON.parse(await readFile(reportFile, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
    return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
  } catch {
    return null;
  }
}

async function runVitest(suite: "unit" | "integration" | "ops", reportDir: string): Promise<SuiteResult> {
  const reportFile = join(reportDir, `${suite}.json`);
  const vitest = join(PROJECT_ROOT, "node_modules", "vitest", "vitest.mjs");
  const exitCode = await run(process.execPath, [vitest, "run", "--project", suite, "--reporter=default", "--reporter=json", `--outputFile.json=${reportFile}`]);
  return { suite, exitCode, counts: await readVitestCounts(reportFile) };
}

async function runEndToEnd(reportDir: string): Promise<SuiteResult> {
  const log = (line: string) => console.log(`[e2e] ${line}`);
  const dataDir = await mkdtemp(join(tmpdir(), "cable-archive-e2e-"));
  const services = await startServices({ dataDir, env: {}, log });
  let stopApp: (() => Promise<void>) | null = null;
  try {
    const { databaseUrl, meiliUrl, meiliMasterKey } = services.endpoints;
    await applyMigrations({ databaseUrl, migrationsDir: join(PROJECT_ROOT, "prisma", "migrations") });
    const ingest = await ingestPaths({ databaseUrl, meili: { url: meiliUrl, apiKey: meiliMasterKey }, options: { paths: E2E_CABLES } });
    if (ingest.failed > 0 || !ingest.reconciliation?.isConsistent) throw new Error(`The e2e fixture cables did not load cleanly: ${JSON.stringify(ingest)}`);
    log(`Ingested ${ingest.seen} fixture cables.`);
    await buildIfChanged({ projectRoot: PROJECT_ROOT, log });
    const appEnv = { ...process.env, DATABASE_URL: databaseUrl, MEILI_URL: meiliUrl, MEILI_MASTER_KEY: meiliMasterKey, ACCESS_LOG: "off" };
    // No rate limits on the main instance: the fuzz test alone sends thousands of requests, and
    // all tests share one client address. Dedicated instances below test the limits.
    const app = await startNextServer({ projectRoot: PROJECT_ROOT, port: await findFreePort(), env: { ...appEnv, API_RATE_LIMIT: "0", SEARCH_RATE_LIMIT: "0" } });
    // A second instance whose search service is down. The port is held by a listener that drops
    // every connection, so no other server can take it while the tests run.
    const deadSearch = createServer((socket) => socket.destroy());
    await new Promise<void>((resolveListen) => deadSearch.listen(0, "127.0.0.1", resolveListen));
    const deadAddress = deadSearch.address();
    const unreachableSearch = `http://127.0.0.1:${typeof deadAddress === "object" && deadAddress ? deadAddress.port : 9}`;
    const appWithoutSearch = await startNextServer({ projectRoot: PROJECT_ROOT, port: await findFreePort(), env: { ...appEnv, MEILI_URL: unreachableSearch } });
    // A third instance with tiny rate limits behind a trusted proxy, so the tests can reach 429s
    // quickly and tell clients apart by X-Forwarded-For; the main instance keeps the generous defaults.
    const appRateLimited = await startNextServer({ projectRoot: PROJECT_ROOT, port: await findFreePort(), env: { ...appEnv, API_RATE_LIMIT: "5", SEARCH_RATE_LIMIT: "3", TRUST_PROXY: "1" } });
    // A fourth with tiny limits and no proxy: clients are told apart by the address they connect from.
    const appDirect = await startNextServer({ projectRoot: PROJECT_ROOT, port: await findFreePort(), env: { ...appEnv, API_RATE_LIMIT: "3", SEARCH_RATE_LIMIT: "3" } });
    stopApp = async () => {
      await app.stop();
      await appWithoutSearch.stop();
      await appRateLimited.stop();
      await appDirect.stop();
      deadSearch.close();
    };
    const reportFile = join(reportDir, "e2e.json");
    const playwright = join(PROJECT_ROOT, "node_modules", "@playwright", "test", "cli.js");
    if (E2E_CORPUS_PARTS.length === 0) log(`No development corpus at ${CORPUS_DIR}: browser tests that need its cables are skipped.`);
    const exitCode = await run(process.execPath, [playwright, "test"], {
      ...process.env,
      E2E_BASE_URL: app.url,
      E2E_NO_SEARCH_BASE_URL: appWithoutSearch.url,
      E2E_RATE_LIMITED_BASE_URL: appRateLimited.url,
      E2E_DIRECT_RATE_LIMITED_BASE_URL: appDirect.url,
      E2E_JSON_REPORT: reportFile,
      E2E_DATABASE_URL: databaseUrl,
      E2E_MEILI_MASTER_KEY: meiliMasterKey,
      E2E_HAS_CORPUS: E2E_CORPUS_PARTS.length > 0 ? "1" : "",
    });
    return { suite: "e2e", exitCode, counts: await readPlaywrightCounts(reportFile) };
  } finally {
    await stopApp?.();
    await services.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const SMOKE_BENCH = { size: 2_000, requests: 5, clients: 4 };

/**
 * The benchmark end to end on a small synthetic corpus: it must finish, hold every cable, and
 * answer every measured request. One "test" in the counts.
 */
async function runBenchSmoke(reportDir: string): Promise<SuiteResult> {
  if (!existsSync(join(CORPUS_DIR, "cables.csv"))) {
    console.log(`[bench] No development corpus at ${CORPUS_DIR} to synthesize from: the benchmark smoke run is skipped.`);
    return { suite: "bench", exitCode: 0, counts: { passed: 0, failed: 0, skipped: 1 } };
  }
  const out = join(reportDir, "bench");
  const args = ["--size", String(SMOKE_BENCH.size), "--requests", String(SMOKE_BENCH.requests), "--clients", String(SMOKE_BENCH.clients), "--label", "smoke", "--out", out];
  const exitCode = await run(process.execPath, ["--max-old-space-size=768", "--import", "tsx", join(PROJECT_ROOT, "scripts", "bench.ts"), ...args]);
  const result = JSON.parse(await readFile(join(out, "smoke.json"), "utf8").catch(() => "null")) as { corpus: { cables: number }; search: { latency: { count: number; errors: number } }[] } | null;
  const problems = [
    exitCode !== 0 ? `the benchmark exited with ${exitCode}` : null,
    !result ? "it wrote no results" : null,
    result && result.corpus.cables !== SMOKE_BENCH.size ? `it held ${result.corpus.cables} cables, not ${SMOKE_BENCH.size}` : null,
    result && result.search.length === 0 ? "it measured no search" : null,
    result?.search.some(({ latency }) => latency.errors > 0 || latency.count === 0) ? "some searches failed" : null,
  ].filter((problem): problem is string => problem !== null);
  for (const problem of problems) console.error(`[bench] ${problem}`);
  return { suite: "bench", exitCode: problems.length > 0 ? 1 : 0, counts: problems.length > 0 ? { passed: 0, failed: 1, skipped: 0 } : { passed: 1, failed: 0, skipped: 0 } };
}

function parseSuites(args: string[]): Suite[] {
  const unknown = args.filter((arg) => !(SUITES as readonly string[]).includes(arg));
  if (unknown.length > 0) throw new Error(`Unknown test suite ${unknown.join(", ")}: choose from ${SUITES.join(", ")}.`);
  return args.length > 0 ? (args as Suite[]) : [...SUITES];
}

async function main(): Promise<number> {
  const suites = parseSuites(process.argv.slice(2));
  const reportDir = await mkdtemp(join(tmpdir(), "cable-archive-reports-"));
  const results: SuiteResult[] = [];
  for (const suite of suites) {
    console.log(`\n=== ${suite} tests ===`);
    try {
      results.push(suite === "e2e" ? await runEndToEnd(reportDir) : suite === "bench" ? await runBenchSmoke(reportDir) : await runVitest(suite, reportDir));
    } catch (error) {
      results.push({ suite, exitCode: 1, counts: null, error: describeFailure(error) });
    }
  }
  await rm(reportDir, { recursive: true, force: true });

  console.log("\n=== summary ===");
  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  for (const { suite, counts, exitCode, error } of results) {
    if (counts) {
      console.log(`${suite.padEnd(12)} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${exitCode !== 0 && counts.failed === 0 ? ` (runner exited with ${exitCode})` : ""}`);
      total.passed += counts.passed;
      total.failed += counts.failed;
      total.skipped += counts.skipped;
    } else {
      console.log(`${suite.padEnd(12)} did not run: ${error ?? `runner exited with ${exitCode} before reporting`}`);
    }
  }
  const isGreen = results.every(({ exitCode, counts }) => exitCode === 0 && counts !== null);
  console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  return isGreen ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(describeFailure(error));
    process.exit(1);
  },
);

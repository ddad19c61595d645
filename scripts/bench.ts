/**
 * `npm run bench -- [--size N | --corpus DIR] [options]`: ingests a corpus into fresh services,
 * then measures search (the JSON API, the search page and Meilisearch directly, with the same
 * queries, at 1 and 16 clients) and cable pages, and writes bench/results/LABEL.json and .md.
 */
import { spawn } from "node:child_process";
import { cpus, totalmem, tmpdir } from "node:os";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { searchMix, type MixFacts } from "../lib/bench/mix";
import { meilisearchIndexingMs, peakRssMb, sampleRss, timeToFirstByte, timeWholeResponse } from "../lib/bench/probes";
import { toMarkdown, type BenchResult, type SearchMeasurement, type SearchTarget } from "../lib/bench/report";
import { runLoad, type LatencySummary } from "../lib/bench/stats";
import { createPrismaClient } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrate";
import { createProgressReporter } from "../lib/ingest/progress";
import { runIngest } from "../lib/ingest/run";
import { runMain } from "../lib/launch/cli";
import { buildIfChanged, startNextServer } from "../lib/launch/next-app";
import { createMeiliClient } from "../lib/search/client";
import { toSearchParams } from "../lib/search/query";
import { buildSearchRequests } from "../lib/search/requests";
import { CABLES_INDEX } from "../lib/search/settings";
import { findFreePort, startServices } from "../lib/services/index";
import { readPidFile } from "../lib/services/processes";

const PROJECT_ROOT = resolve(import.meta.dirname, "..");
const HELP = `Usage: npm run bench -- [--size N | --corpus DIR] [options]

Starts throw-away PostgreSQL and Meilisearch, ingests the corpus (a synthetic one of N cables made
by \`npm run synth\`, or the files under DIR; default: the development corpus), runs the ingest
again with nothing changed, then starts the built app and measures:
  search   a fixed mix (common word, rare word, phrase, person, two facets + dates, reference id,
           facets only) through the JSON API, the search page, and straight to Meilisearch with
           the same multi-search body, at 1 client and at 16 concurrent clients;
  pages    time to first byte of cable pages and paragraph permalinks.
Writes bench/results/LABEL.json and LABEL.md (or --out DIR) and prints the Markdown.

Options:
  --size N        synthesize N cables (seeded, marked SYNTHETIC) and benchmark those
  --corpus DIR    benchmark the cables under DIR instead
  --requests N    requests per query and target at 1 client (default 100; 4× that at 16 clients)
  --clients N     the concurrent clients of the second round (default 16)
  --label NAME    the results' name (default: size-N or the folder name)
  --out DIR       where to write the results (default bench/results)
  -h, --help      show this help`;

type Options = { size: number | null; corpus: string | null; requests: number; clients: number; label: string | null; out: string };

function readOptions(): Options | null {
  const { values } = parseArgs({
    options: {
      size: { type: "string" },
      corpus: { type: "string" },
      requests: { type: "string", default: "100" },
      clients: { type: "string", default: "16" },
      label: { type: "string" },
      out: { type: "string", default: join(PROJECT_ROOT, "bench", "results") },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return null;
  const positive = (name: string, text: string | undefined) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number above 0, not ${text}.`);
    return value;
  };
  if (values.size && values.corpus) throw new Error("Give --size or --corpus, not both.");
  return {
    size: values.size ? positive("size", values.size) : null,
    corpus: values.corpus ? resolve(values.corpus) : null,
    requests: positive("requests", values.requests),
    clients: positive("clients", values.clients),
    label: values.label ?? null,
    out: resolve(values.out),
  };
}

function runCommand(command: string, args: string[]): Promise<void> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolveRun() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

async function readFacts(databaseUrl: string): Promise<{ facts: MixFacts; sample: { refId: string; paragraph: string | null }[]; versions: { postgres: string } }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const one = async <T extends pg.QueryResultRow>(sql: string): Promise<T> => {
      const row = (await client.query<T>(sql)).rows[0];
      if (!row) throw new Error(`The archive under test is empty (${sql.slice(0, 60)}…)`);
      return row;
    };
    const { topTag } = await one<{ topTag: string }>(`SELECT tag_code AS "topTag" FROM cable_tags GROUP BY tag_code ORDER BY count(*) DESC LIMIT 1`);
    const { topPost } = await one<{ topPost: string }>(`SELECT origin AS "topPost" FROM cables WHERE origin IS NOT NULL GROUP BY origin ORDER BY count(*) DESC LIMIT 1`);
    const { person } = await one<{ person: string }>(`SELECT display_name AS person FROM people ORDER BY cable_count DESC LIMIT 1 OFFSET 10`).catch(() => one<{ person: string }>(`SELECT display_name AS person FROM people ORDER BY cable_count DESC LIMIT 1`));
    const years = await one<{ firstYear: number; lastYear: number }>(`SELECT min(date_part('year', sent_at))::int AS "firstYear", max(date_part('year', sent_at))::int AS "lastYear" FROM cables`);
    // A deterministic sample of cables spread over the table, each with a numbered paragraph when it has one.
    const sample = (
      await client.query<{ refId: string; paragraph: string | null }>(
        `SELECT c.ref_id AS "refId", (SELECT min(p.number)::text FROM paragraphs p WHERE p.cable_id = c.id AND p.number IS NOT NULL) AS paragraph
         FROM cables c WHERE c.id % GREATEST(1, (SELECT count(*) FROM cables) / 200) = 0 ORDER BY c.id LIMIT 200`,
      )
    ).rows;
    const { version } = await one<{ version: string }>(`SELECT current_setting('server_version') AS version`);
    return { facts: { topTag, topPost, person, refId: sample[0]!.refId, firstYear: years.firstYear, lastYear: years.lastYear }, sample, versions: { postgres: version } };
  } finally {
    await client.end();
  }
}

async function main(): Promise<number> {
  const options = readOptions();
  if (!options) {
    console.log(HELP);
    return 0;
  }
  const log = (line: string) => console.error(`[bench] ${line}`);
  const workDir = await mkdtemp(join(tmpdir(), "cable-archive-bench-"));
  // Its own temp folder: the embedded PostgreSQL runs as another OS user, who must be able to enter it.
  const dataDir = await mkdtemp(join(tmpdir(), "cable-archive-bench-data-"));
  let stopApp: (() => Promise<void>) | null = null;
  let services: Awaited<ReturnType<typeof startServices>> | null = null;
  try {
    let corpus = options.corpus ?? join(PROJECT_ROOT, "..", "shared", "corpus");
    if (options.size !== null) {
      corpus = join(workDir, "corpus");
      log(`Synthesizing ${options.size.toLocaleString("en-US")} cables…`);
      await runCommand(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "scripts", "synth.ts"), "--count", String(options.size), "--out", corpus, "--seed", "bench"]);
    }
    const label = options.label ?? (options.size !== null ? `size-${options.size}` : corpus.split("/").filter(Boolean).at(-1) ?? "corpus");

    services = await startServices({ dataDir, env: {}, log: () => undefined });
    const { databaseUrl, meiliUrl, meiliMasterKey } = services.endpoints;
    await applyMigrations({ databaseUrl, migrationsDir: join(PROJECT_ROOT, "prisma", "migrations") });
    const prisma = createPrismaClient(databaseUrl);
    const search = createMeiliClient({ url: meiliUrl, apiKey: meiliMasterKey });
    log(`Ingesting ${corpus}…`);
    const progress = createProgressReporter(process.stderr, 30_000);
    const first = await runIngest({ prisma, search, databaseUrl, options: { paths: [corpus] }, onProgress: progress.update, onStage: progress.stage });
    progress.done();
    const meilisearchOwnMs = await meilisearchIndexingMs(meiliUrl, meiliMasterKey, CABLES_INDEX);
    const ingestPeak = await peakRssMb(process.pid);
    log(`Ingested ${first.seen} inputs in ${(first.durationMs / 1000).toFixed(1)} s; running it again…`);
    const rerun = await runIngest({ prisma, search, databaseUrl, options: { paths: [corpus] } });
    await prisma.$disconnect();
    const meiliPid = await readPidFile(join(dataDir, "meilisearch.pid"));
    const postgresPid = await readPidFile(join(dataDir, "postgres", "postmaster.pid"));
    const database = new pg.Client({ connectionString: databaseUrl });
    await database.connect();
    const databaseBytes = Number((await database.query<{ size: string }>(`SELECT pg_database_size(current_database()) AS size`)).rows[0]?.size ?? 0);
    await database.end();
    const meiliStats = (await (await fetch(`${meiliUrl}/stats`, { headers: { Authorization: `Bearer ${meiliMasterKey}` } })).json()) as { databaseSize: number };
    const meiliVersion = ((await (await fetch(`${meiliUrl}/version`, { headers: { Authorization: `Bearer ${meiliMasterKey}` } })).json()) as { pkgVersion?: string }).pkgVersion ?? null;
    const { facts, sample, versions } = await readFacts(databaseUrl);

    log("Building the app if needed and starting it…");
    await buildIfChanged({ projectRoot: PROJECT_ROOT, log });
    const port = await findFreePort();
    const app = await startNextServer({ projectRoot: PROJECT_ROOT, port, env: { ...process.env, DATABASE_URL: databaseUrl, MEILI_URL: meiliUrl, MEILI_MASTER_KEY: meiliMasterKey, API_RATE_LIMIT: "0", SEARCH_RATE_LIMIT: "0", ACCESS_LOG: "off" } });
    stopApp = app.stop;
    const appUrl = `http://127.0.0.1:${port}`;
    const memory = sampleRss(app.process.pid);

    const measurements: SearchMeasurement[] = [];
    const mix = searchMix(facts);
    // The JSON API's body (with months): the request the API's overhead is measured against.
    const directBody = (query: (typeof mix)[number]["query"]) => JSON.stringify({ queries: buildSearchRequests(query, CABLES_INDEX, { withAllMonths: true }) });
    const request = async (target: SearchTarget, query: (typeof mix)[number]["query"]) => {
      const params = toSearchParams(query).toString();
      if (target === "direct") {
        await timeWholeResponse(`${meiliUrl}/multi-search`, { init: { method: "POST", body: directBody(query), headers: { Authorization: `Bearer ${meiliMasterKey}`, "Content-Type": "application/json" } } });
      } else if (target === "api") {
        await timeWholeResponse(`${appUrl}/api/search${params ? `?${params}` : ""}`);
      } else {
        // A reference id searched on the page answers with a redirect to the cable: that is the page's answer.
        const isRefId = query.q === facts.refId;
        await timeWholeResponse(`${appUrl}/search${params ? `?${params}` : ""}`, { expectStatus: isRefId ? 307 : 200 });
      }
    };
    for (const concurrency of [1, options.clients]) {
      const requests = concurrency === 1 ? options.requests : options.requests * 4;
      for (const { name, query } of mix) {
        for (const target of ["direct", "api", "page"] as const) {
          await request(target, query); // warm-up, not counted
          const latency: LatencySummary = await runLoad(() => request(target, query), { requests, concurrency });
          measurements.push({ query: name, target, concurrency, latency });
          log(`${name} · ${target} · ${concurrency} clients: p50 ${latency.p50.toFixed(1)} ms, p95 ${latency.p95.toFixed(1)} ms${latency.errors ? `, ${latency.errors} errors` : ""}`);
        }
      }
    }

    const withParagraph = sample.filter(({ paragraph }) => paragraph !== null);
    const pages = [
      { page: "cable page", latency: await runLoad((index) => timeToFirstByte(`${appUrl}/cable/${sample[index % sample.length]!.refId}`).then(() => undefined), { requests: options.requests, concurrency: 1 }) },
      {
        page: "paragraph permalink page",
        latency: await runLoad((index) => {
          const cable = withParagraph[index % Math.max(1, withParagraph.length)];
          return cable ? timeToFirstByte(`${appUrl}/cable/${cable.refId}/p/${cable.paragraph}`).then(() => undefined) : Promise.reject(new Error("no numbered paragraph in the sample"));
        }, { requests: options.requests, concurrency: 1 }),
      },
    ];
    const sampled = await memory.stop();
    const appPeak = await peakRssMb(app.process.pid);

    const result: BenchResult = {
      label,
      startedAt: new Date().toISOString(),
      machine: { cpus: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.versions.node, meilisearch: meiliVersion, postgres: versions.postgres },
      corpus: { source: options.size !== null ? `synthetic, seed "bench"` : corpus, cables: first.new + first.updated + first.unchanged, failed: first.failed },
      ingest: {
        endToEndMs: first.durationMs,
        stageMs: first.stageMs,
        meilisearchOwnMs,
        rerunMs: rerun.durationMs,
        peakRssMb: { ingest: ingestPeak, meilisearch: await peakRssMb(meiliPid), postgres: await peakRssMb(postgresPid) },
        databaseMb: Math.round(databaseBytes / 2 ** 20),
        indexMb: Math.round(meiliStats.databaseSize / 2 ** 20),
        people: first.people?.people ?? 0,
      },
      search: measurements,
      pages,
      app: { peakRssMb: appPeak, maxSampledRssMb: sampled.maxMb },
    };
    await mkdir(options.out, { recursive: true });
    await writeFile(join(options.out, `${label}.json`), `${JSON.stringify(result, null, 2)}\n`);
    const markdown = toMarkdown(result);
    await writeFile(join(options.out, `${label}.md`), `${markdown}\n`);
    console.log(markdown);
    const errors = measurements.reduce((sum, { latency }) => sum + latency.errors, 0) + pages.reduce((sum, { latency }) => sum + latency.errors, 0);
    if (errors > 0) {
      console.error(`${errors} requests failed during the benchmark.`);
      return 1;
    }
    return 0;
  } finally {
    await stopApp?.();
    await services?.stop();
    await rm(workDir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  }
}

runMain(main, "bench");

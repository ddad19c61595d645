import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { applyMigrations } from "../../lib/db/migrate";
import { ingestPaths } from "../../lib/ingest/run";
import { buildIfChanged, startNextServer, type RunningApp } from "../../lib/launch/next-app";
import { findFreePort } from "../../lib/services/ports";
import { startEmbeddedPostgres, type RunningService } from "../../lib/services/postgres";
import { startLocalMeilisearch } from "../../lib/services/meilisearch";
import { readOrCreateSecret } from "../../lib/services/secrets";
import { quantile } from "../../lib/bench/stats";

/**
 * The whole app on servers of its own, so they can be stopped and started under it: a soak at 16
 * clients, then PostgreSQL and Meilisearch each stopped and restarted while traffic flows.
 * `SOAK_SECONDS` lengthens the soak (default 45 s, always run; e.g. 600 for a long one).
 */

const PROJECT_ROOT = resolve(import.meta.dirname, "../..");
const SOAK_SECONDS = Number(process.env.SOAK_SECONDS ?? 45);
const CLIENTS = 16;
const log = () => undefined;

type Servers = { dataDir: string; pgPort: number; meiliPort: number; masterKey: string; postgres: RunningService | null; meili: RunningService | null; databaseUrl: string; meiliUrl: string };
let servers: Servers;
let app: RunningApp;

const startPostgres = async () => {
  servers.postgres = await startEmbeddedPostgres({ dataDir: servers.dataDir, port: servers.pgPort, log });
};
const startMeili = async () => {
  servers.meili = await startLocalMeilisearch({ dataDir: servers.dataDir, port: servers.meiliPort, masterKey: servers.masterKey, log });
};

beforeAll(async () => {
  const dataDir = await mkdtemp(join(tmpdir(), "cable-archive-ops-"));
  // The embedded PostgreSQL runs as another OS user when we are root: it must be able to enter.
  await chmod(dataDir, 0o755);
  servers = { dataDir, pgPort: await findFreePort(), meiliPort: await findFreePort(), masterKey: await readOrCreateSecret(join(dataDir, "meili-master-key")), postgres: null, meili: null, databaseUrl: "", meiliUrl: "" };
  await startPostgres();
  await startMeili();
  servers.databaseUrl = servers.postgres!.url;
  servers.meiliUrl = servers.meili!.url;
  await applyMigrations({ databaseUrl: servers.databaseUrl, migrationsDir: join(PROJECT_ROOT, "prisma", "migrations") });
  const ingest = await ingestPaths({ databaseUrl: servers.databaseUrl, meili: { url: servers.meiliUrl, apiKey: servers.masterKey }, options: { paths: [join(PROJECT_ROOT, "prisma", "sample-cables"), join(PROJECT_ROOT, "e2e", "fixtures", "cables")] } });
  expect(ingest.reconciliation?.isConsistent).toBe(true);
  await buildIfChanged({ projectRoot: PROJECT_ROOT, log });
  app = await startNextServer({
    projectRoot: PROJECT_ROOT,
    port: await findFreePort(),
    env: { ...process.env, DATABASE_URL: servers.databaseUrl, MEILI_URL: servers.meiliUrl, MEILI_MASTER_KEY: servers.masterKey, API_RATE_LIMIT: "0", SEARCH_RATE_LIMIT: "0", ACCESS_LOG: "off" },
  });
}, 600_000);

afterAll(async () => {
  await app?.stop();
  await servers?.meili?.stop();
  await servers?.postgres?.stop();
  if (servers) await rm(servers.dataDir, { recursive: true, force: true });
});

const PATHS = ["/cable/06ROME1755", "/api/cables/07ROME535", "/api/search?q=Prodi", "/search?q=Rome", "/search?tag=PREL", "/people", "/"];

type Sample = { path: string; status: number; ms: number; at: number; body: string };

async function fetchSample(path: string): Promise<Sample> {
  const started = performance.now();
  try {
    const response = await fetch(`${app.url}${path}`, { redirect: "manual", signal: AbortSignal.timeout(20_000) });
    const body = await response.text();
    return { path, status: response.status, ms: performance.now() - started, at: Date.now(), body };
  } catch (error) {
    return { path, status: 0, ms: performance.now() - started, at: Date.now(), body: String(error) };
  }
}

/** `clients` loops requesting the paths round robin until `until()` says stop. */
async function traffic(clients: number, until: () => boolean): Promise<Sample[]> {
  const samples: Sample[] = [];
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = client; !until(); i++) samples.push(await fetchSample(PATHS[i % PATHS.length]!));
    }),
  );
  return samples;
}

async function appRssMb(): Promise<number> {
  const status = await readFile(`/proc/${app.process.pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`Not recovered within ${timeoutMs} ms`);
}

describe("serving under load and faults", () => {
  test(`a ${SOAK_SECONDS}-second soak at ${CLIENTS} clients: no errors, memory flat, latency stable`, async () => {
    await traffic(CLIENTS, (() => { const end = Date.now() + 5_000; return () => Date.now() > end; })());
    const rssAfterWarmUp = await appRssMb();
    const rss: number[] = [];
    const sampler = setInterval(() => void appRssMb().then((mb) => rss.push(mb)), 1_000);
    const end = Date.now() + SOAK_SECONDS * 1000;
    const samples = await traffic(CLIENTS, () => Date.now() > end);
    clearInterval(sampler);

    const errors = samples.filter(({ status }) => status !== 200);
    const third = Math.floor(samples.length / 3);
    const p95 = (part: Sample[]) => quantile(part.map(({ ms }) => ms).sort((a, b) => a - b), 0.95);
    const [first, last] = [samples.slice(0, third), samples.slice(-third)];
    const figures = {
      requests: samples.length,
      perSecond: Math.round(samples.length / SOAK_SECONDS),
      errors: errors.length,
      p95FirstThirdMs: Math.round(p95(first)),
      p95LastThirdMs: Math.round(p95(last)),
      rssAfterWarmUpMb: Math.round(rssAfterWarmUp),
      rssPeakMb: Math.round(Math.max(...rss)),
      rssEndMb: Math.round(rss.at(-1) ?? 0),
    };
    console.log(`[soak] ${JSON.stringify(figures)}`);
    expect(errors.map(({ path, status }) => `${path} ${status}`)).toEqual([]);
    expect(samples.length).toBeGreaterThan(SOAK_SECONDS * 10);
    // Latency does not drift up as the run goes on, and memory stays within the heap limit's reach.
    expect(figures.p95LastThirdMs).toBeLessThan(Math.max(2 * figures.p95FirstThirdMs, 250));
    expect(figures.rssPeakMb).toBeLessThan(Math.max(rssAfterWarmUp * 1.5, rssAfterWarmUp + 150));
  }, (SOAK_SECONDS + 120) * 1000);

  test("Meilisearch stopped under traffic: search answers 503 and reading goes on; restarted, search recovers by itself", async () => {
    const before = (await (await fetch(`${app.url}/api/search?q=Prodi`)).json()) as { total: number };
    let stop = false;
    const during = traffic(4, () => stop);
    await servers.meili!.stop();
    await new Promise((done) => setTimeout(done, 2_000));
    const search = await fetchSample("/api/search?q=Prodi");
    expect(search.status).toBe(503);
    expect(JSON.parse(search.body)).toMatchObject({ error: { code: "unavailable" } });
    expect((await fetchSample("/cable/06ROME1755")).status).toBe(200);
    expect(JSON.parse((await fetchSample("/api/health")).body)).toMatchObject({ status: "degraded" });

    await startMeili();
    const recoveredIn = await waitFor(async () => (await fetchSample("/api/search?q=Prodi")).status === 200, 30_000);
    stop = true;
    const samples = await during;
    console.log(`[faults] search recovered ${recoveredIn} ms after Meilisearch was back`);
    // Meanwhile: pages or clear 503s, never a 500 from the API.
    expect(samples.filter(({ path, status }) => path.startsWith("/api/") && ![200, 503].includes(status))).toEqual([]);
    expect(((await (await fetch(`${app.url}/api/search?q=Prodi`)).json()) as { total: number }).total).toBe(before.total);
  }, 120_000);

  test("PostgreSQL stopped under traffic: clear errors meanwhile; restarted, the app recovers without a restart and lost nothing", async () => {
    const before = (await (await fetch(`${app.url}/api/cables/06ROME1755`)).json()) as { paragraphs: unknown[] };
    let stop = false;
    const during = traffic(4, () => stop);
    await servers.postgres!.stop();
    await new Promise((done) => setTimeout(done, 2_000));
    const cable = await fetchSample("/api/cables/06ROME1755");
    expect(cable.status).toBe(503);
    expect(JSON.parse(cable.body)).toMatchObject({ error: { code: "unavailable" } });
    const health = await fetchSample("/api/health");
    expect(health.status).toBe(503);
    expect(JSON.parse(health.body)).toMatchObject({ status: "down", dependencies: { database: { status: "down" } } });
    // A reader gets a page that says so, rendered on the server (no script needed), not a blank shell.
    const page = await fetchSample("/cable/06ROME1755");
    expect(page.body).toContain("The archive is unavailable right now");
    expect(page.body).toContain('<meta name="robots" content="noindex"/>');

    await startPostgres();
    const recoveredIn = await waitFor(async () => (await fetchSample("/api/cables/06ROME1755")).status === 200, 60_000);
    await waitFor(async () => (await fetchSample("/cable/06ROME1755")).status === 200, 30_000);
    stop = true;
    const samples = await during;
    console.log(`[faults] reading recovered ${recoveredIn} ms after PostgreSQL was back`);
    expect(samples.filter(({ path, status }) => path.startsWith("/api/") && ![200, 503].includes(status))).toEqual([]);
    expect(((await (await fetch(`${app.url}/api/cables/06ROME1755`)).json()) as { paragraphs: unknown[] }).paragraphs).toEqual(before.paragraphs);
    expect((await fetchSample("/api/health")).status).toBe(200);
  }, 180_000);
});

import { spawn } from "node:child_process";
import { readFile, writeFile, copyFile, mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { rebuildIndex } from "../../lib/ingest/reindex";
import { IngestBusyError, acquireIngestLock, runIngest, type IngestOptions } from "../../lib/ingest/run";
import { disposeAfterEach, type TestArchive } from "../support/archive";
import { CORPUS_DIR, hasCorpus, readDumpCsv, toDumpCsv, warnIfNoCorpus } from "../unit/cable/corpus";

const PROJECT_ROOT = resolve(import.meta.dirname, "../..");
const SEEDS = join(PROJECT_ROOT, "prisma", "sample-cables");
const { archive, tempDir } = disposeAfterEach("ingest");

function ingest(target: TestArchive, options: Omit<IngestOptions, "indexUid">) {
  return runIngest({ prisma: target.prisma, search: target.search, databaseUrl: target.databaseUrl, options: { ...options, indexUid: target.indexUid } });
}

/** Everything an ingest leaves behind, in a form two archives can be compared by. */
async function snapshot(target: TestArchive) {
  const cables = await target.prisma.cable.findMany({ select: { refId: true, contentHash: true, indexedHash: true, subject: true }, orderBy: { refId: "asc" } });
  const counts = await target.prisma.$queryRawUnsafe<Record<string, number>[]>(
    `SELECT (SELECT count(*)::int FROM paragraphs) AS paragraphs, (SELECT count(*)::int FROM cable_tags) AS "cableTags",
            (SELECT count(*)::int FROM cable_references) AS "references", (SELECT count(*)::int FROM cable_versions) AS versions,
            (SELECT count(*)::int FROM tags) AS tags, (SELECT count(*)::int FROM posts) AS posts`,
  );
  const documents = await target.search.index(target.indexUid).getDocuments({ limit: 10_000, fields: ["id", "subject", "paragraphs"] });
  return { cables, counts: counts[0], documents: documents.results.map((document) => JSON.stringify(document)).sort() };
}

const SEED_ONE = "06ROME1755.txt";

describe("ingest", () => {
  test("a malformed file among good ones fails alone, with its reason recorded; the rest lands", async () => {
    const target = await archive();
    const dir = await tempDir();
    await copyFile(join(SEEDS, SEED_ONE), join(dir, SEED_ONE));
    await copyFile(join(SEEDS, "07ROME535.txt"), join(dir, "07ROME535.txt"));
    await writeFile(join(dir, "binary.txt"), Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)));
    await writeFile(join(dir, "empty.txt"), "");
    await writeFile(join(dir, "not-a-cable.html"), "<html><body><h1>Hello</h1></body></html>");

    const summary = await ingest(target, { paths: [dir] });
    expect(summary).toMatchObject({ seen: 5, new: 2, updated: 0, unchanged: 0, failed: 3 });
    expect(summary.failuresByCode).toEqual({ binary: 1, empty: 1, "not-a-cable": 1 });
    expect(summary.reconciliation).toMatchObject({ databaseCount: 2, indexCount: 2, pendingCount: 0, isConsistent: true });

    const entries = await target.prisma.ingestEntry.findMany({ where: { runId: summary.runId! }, orderBy: { file: "asc" } });
    expect(entries.map(({ file, outcome }) => [file.slice(dir.length + 1), outcome])).toEqual([
      ["06ROME1755.txt", "new"],
      ["07ROME535.txt", "new"],
      ["binary.txt", "failed"],
      ["empty.txt", "failed"],
      ["not-a-cable.html", "failed"],
    ]);
    expect(entries.find(({ file }) => file.endsWith("empty.txt"))?.reason).toMatch(/^empty: /);
    const run = await target.prisma.ingestRun.findUniqueOrThrow({ where: { id: summary.runId! } });
    expect(run).toMatchObject({ status: "finished", seen: 5, new: 2, failed: 3 });

    const cable = await target.prisma.cable.findUniqueOrThrow({ where: { refId: "07ROME535" }, include: { cableTags: { orderBy: { position: "asc" } }, post: true } });
    expect(cable.cableTags.map(({ tagCode }) => tagCode)).toEqual(["PREL", "PGOV", "NATO", "EUN", "UNSC", "RU", "IT"]);
    expect(cable.post).toMatchObject({ name: "Embassy Rome", kind: "embassy", country: "Italy" });
    expect(await target.prisma.tag.findUnique({ where: { code: "PREL" } })).toMatchObject({ kind: "subject", description: expect.stringMatching(/political relations/i) });
  });

  test("running the same ingest twice changes nothing the second time", async () => {
    const target = await archive();
    const first = await ingest(target, { paths: [SEEDS] });
    expect(first).toMatchObject({ seen: 2, new: 2 });
    const before = await snapshot(target);
    const updatedAt = await target.prisma.cable.findMany({ select: { refId: true, updatedAt: true }, orderBy: { refId: "asc" } });

    const second = await ingest(target, { paths: [SEEDS] });
    expect(second).toMatchObject({ seen: 2, new: 0, updated: 0, unchanged: 2, failed: 0 });
    expect(second.reconciliation?.isConsistent).toBe(true);
    expect(await snapshot(target)).toEqual(before);
    expect(await target.prisma.cable.findMany({ select: { refId: true, updatedAt: true }, orderBy: { refId: "asc" } })).toEqual(updatedAt);
  });

  test("a new version of a cable updates it, keeps the earlier text, and reaches the index", async () => {
    const target = await archive();
    const dir = await tempDir();
    const original = await readFile(join(SEEDS, SEED_ONE), "utf8");
    await writeFile(join(dir, SEED_ONE), original);
    await ingest(target, { paths: [dir] });

    const revised = original.replace("I look forward to seeing you then.", "I look forward to seeing you then in Washington with the zanzibarian delegation.");
    expect(revised).not.toBe(original);
    await writeFile(join(dir, SEED_ONE), revised);
    const summary = await ingest(target, { paths: [dir] });
    expect(summary).toMatchObject({ seen: 1, updated: 1, new: 0 });

    const cable = await target.prisma.cable.findUniqueOrThrow({ where: { refId: "06ROME1755" }, include: { versions: true } });
    expect(cable.sourceText).toBe(revised);
    expect(cable.versions).toHaveLength(1);
    expect(cable.versions[0]?.sourceText).toBe(original);
    const hits = await target.search.index(target.indexUid).search("zanzibarian");
    expect(hits.hits.map(({ id }) => id)).toEqual(["06ROME1755"]);

    // Both versions are now known: re-ingesting either one is not a change.
    await writeFile(join(dir, SEED_ONE), original);
    expect(await ingest(target, { paths: [dir] })).toMatchObject({ unchanged: 1, updated: 0 });
    expect(await target.prisma.cableVersion.count()).toBe(1);
  });

  test("a dry run reports what would change and writes nothing", async () => {
    const target = await archive();
    const summary = await ingest(target, { paths: [SEEDS], isDryRun: true });
    expect(summary).toMatchObject({ isDryRun: true, runId: null, seen: 2, new: 2, reconciliation: null });
    expect(await target.prisma.cable.count()).toBe(0);
    expect(await target.prisma.ingestRun.count()).toBe(0);
  });

  test("--only-failed retries just the inputs that failed last time", async () => {
    const target = await archive();
    const dir = await tempDir();
    await copyFile(join(SEEDS, SEED_ONE), join(dir, SEED_ONE));
    await writeFile(join(dir, "07ROME535.txt"), "");
    expect(await ingest(target, { paths: [dir] })).toMatchObject({ new: 1, failed: 1 });

    await copyFile(join(SEEDS, "07ROME535.txt"), join(dir, "07ROME535.txt"));
    const retry = await ingest(target, { paths: [], isOnlyFailed: true });
    expect(retry).toMatchObject({ seen: 1, new: 1, failed: 0 });
    expect(await target.prisma.cable.count()).toBe(2);
  });

  test("PostgreSQL and the index are reconciled: a lost document is reported, and reindex repairs it", async () => {
    const target = await archive();
    await ingest(target, { paths: [SEEDS] });
    const index = target.search.index(target.indexUid);
    await index.deleteDocument("07ROME535").waitTask();

    const summary = await ingest(target, { paths: [SEEDS] });
    expect(summary.reconciliation).toMatchObject({ databaseCount: 2, indexCount: 1, isConsistent: false });

    const rebuilt = await rebuildIndex({ prisma: target.prisma, search: target.search, databaseUrl: target.databaseUrl, indexUid: target.indexUid });
    expect(rebuilt).toMatchObject({ indexed: 2, reconciliation: { databaseCount: 2, indexCount: 2, isConsistent: true } });
    expect((await index.search("Putin")).hits.map(({ id }) => id)).toContain("07ROME535");
    const indexes = await target.search.getIndexes({ limit: 1000 });
    expect(indexes.results.filter(({ uid }) => uid.startsWith(`${target.indexUid}_rebuild`))).toEqual([]);
  });

  test("one ingest at a time per database", async () => {
    const target = await archive();
    const release = await acquireIngestLock(target.databaseUrl);
    try {
      await expect(ingest(target, { paths: [SEEDS] })).rejects.toBeInstanceOf(IngestBusyError);
    } finally {
      await release();
    }
  });
});

describe.skipIf(!hasCorpus)("ingest killed with SIGKILL and run again", () => {
  warnIfNoCorpus("ingest kill test");

  test("ends in exactly the state of an uninterrupted run", async () => {
    const dir = await tempDir();
    const subset = join(dir, "cables.csv");
    const rows = readDumpCsv("cables.csv").slice(0, 1500);
    await writeFile(subset, toDumpCsv(rows.map(({ fields }) => fields)));
    await mkdir(join(dir, "more"));
    await copyFile(join(CORPUS_DIR, "versions.csv"), join(dir, "more", "versions.csv"));

    const control = await archive();
    const uninterrupted = await ingest(control, { paths: [dir] });
    expect(uninterrupted.failed).toBe(0);

    const target = await archive();
    const child = spawn(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "scripts", "ingest.ts"), dir], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: target.databaseUrl, MEILI_URL: target.meili.url, MEILI_MASTER_KEY: target.meili.apiKey, MEILI_INDEX: target.indexUid },
      stdio: "ignore",
    });
    const exited = new Promise((resolveExit) => child.once("exit", resolveExit));
    // Kill it mid-run: once some batches are committed, and well before it could finish.
    for (let landed = 0; landed < 600; ) {
      await new Promise((resolveWait) => setTimeout(resolveWait, 25));
      landed = await target.prisma.ingestEntry.count();
    }
    child.kill("SIGKILL");
    await exited;
    const interrupted = await target.prisma.cable.count();
    expect(interrupted).toBeGreaterThan(0);
    expect(interrupted).toBeLessThan((await control.prisma.cable.count()));

    const resumed = await ingest(target, { paths: [dir] });
    expect(resumed.failed).toBe(0);
    expect(resumed.reconciliation?.isConsistent).toBe(true);
    expect(await target.prisma.ingestRun.findMany({ select: { status: true }, orderBy: { id: "asc" } })).toEqual([{ status: "interrupted" }, { status: "finished" }]);
    const [resumedState, controlState] = [await snapshot(target), await snapshot(control)];
    expect(resumedState.counts).toEqual(controlState.counts);
    expect(resumedState.cables).toEqual(controlState.cables);
    expect(resumedState.documents).toEqual(controlState.documents);
  });
});

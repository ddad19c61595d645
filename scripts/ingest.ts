/** `npm run ingest -- PATH...`: loads cables into PostgreSQL and the search index. */
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrate";
import { parseLaunchEnv } from "../lib/env";
import { createJsonStepLogger, createProgressReporter, formatSummary } from "../lib/ingest/progress";
import { runIngest } from "../lib/ingest/run";
import { createMeiliClient } from "../lib/search/client";
import { connectServices } from "../lib/services/index";
import { runMain } from "../lib/launch/cli";

const PROJECT_ROOT = resolve(import.meta.dirname, "..");
const HELP = `Usage: npm run ingest -- [options] PATH...

Loads cables from files or folders into PostgreSQL and the search index. Each file is read in
its own format, detected per file: plain cable text, pages of the cable site (.html), or dump
CSV files (cables.csv layout, streamed row by row). A reference-id list (reference-ids.csv,
"refid,month") is loaded as the list of the release's cables, used to tell whether a
referenced cable exists in the release.

Every input (file, or CSV row) gets one outcome: new, updated (a different version of a cable
already held: the earlier text is kept as a version), unchanged, or failed with a reason.
Running the same ingest again changes nothing.

After the cables, the people stage learns the names the corpus uses, finds the people each
cable names (signers, Classified By, person TAGS, mentions in the text), merges the variants
of one person, and gives the search index each cable's people.

Options:
  --dry-run       parse and compare with the archive; write nothing
  --only-failed   retry only the inputs that failed in the last run (PATHs are not needed)
  --log-json      log one JSON line per step (with its duration) and one for the run, instead
                  of the progress bar and the summary (for log collectors)
  --people        rebuild the people tables even if no cable changed (after a rules change;
                  without it they are rebuilt only when the corpus or the rules version changed)
  -h, --help      show this help

Servers: DATABASE_URL / MEILI_URL (+ MEILI_MASTER_KEY) when set; otherwise those of a running
\`npm start\`; otherwise the embedded ones in .data/ are started for the duration of the command.

Exit code: 0 when every input landed, 2 when some inputs failed (listed in the report),
1 when the run itself failed or PostgreSQL and the search index disagree afterwards.`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { "log-json": { type: "boolean", default: false }, people: { type: "boolean", default: false }, "dry-run": { type: "boolean", default: false }, "only-failed": { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false } },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length === 0 && !values["only-failed"] && !values.people) {
    console.error("Name at least one file or folder to ingest (see --help).");
    return 1;
  }
  const env = parseLaunchEnv(process.env);
  const dataDir = resolve(PROJECT_ROOT, env.ARCHIVE_DATA_DIR ?? ".data");
  const log = (line: string) => console.error(`[ingest] ${line}`);
  const services = await connectServices({ dataDir, env, log });
  const prisma = createPrismaClient(services.endpoints.databaseUrl);
  const jsonLog = values["log-json"] ? createJsonStepLogger((line) => process.stdout.write(line)) : null;
  const progress = jsonLog ?? createProgressReporter(process.stderr);
  try {
    await applyMigrations({ databaseUrl: services.endpoints.databaseUrl, migrationsDir: join(PROJECT_ROOT, "prisma", "migrations") });
    const summary = await runIngest({
      prisma,
      search: createMeiliClient({ url: services.endpoints.meiliUrl, apiKey: services.endpoints.meiliMasterKey }),
      databaseUrl: services.endpoints.databaseUrl,
      options: { paths: positionals.map((path) => resolve(path)), isDryRun: values["dry-run"], isOnlyFailed: values["only-failed"], isPeopleRefreshForced: values.people, indexUid: env.MEILI_INDEX },
      onProgress: progress.update,
      onStage: progress.stage,
    });
    progress.done();

    let reportFile: string | null = null;
    if (summary.runId !== null && summary.failed > 0) {
      const failures = await prisma.ingestEntry.findMany({ where: { runId: summary.runId, outcome: "failed" }, select: { file: true, row: true, reason: true }, orderBy: { id: "asc" } });
      reportFile = join(dataDir, "reports", `ingest-run-${summary.runId}-failures.jsonl`);
      await mkdir(join(dataDir, "reports"), { recursive: true });
      await writeFile(reportFile, failures.map((failure) => JSON.stringify(failure)).join("\n") + "\n");
    }
    if (jsonLog) jsonLog.summary(summary, reportFile);
    else for (const line of formatSummary(summary, reportFile)) console.log(line);
    if (summary.reconciliation && !summary.reconciliation.isConsistent) return 1;
    return summary.failed > 0 ? 2 : 0;
  } finally {
    await prisma.$disconnect();
    await services.stop();
  }
}

runMain(main, "ingest");

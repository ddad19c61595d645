import type { IngestProgress, IngestSummary, StageProgress } from "./run";

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(seconds % 60).padStart(2, "0")} s`;
}

/** One progress line: inputs, rate and, once the share done says anything, an ETA. */
export function formatProgress({ seen, bytesDone, bytesTotal, elapsedMs }: IngestProgress, width = 24): string {
  const share = bytesTotal > 0 ? Math.min(1, bytesDone / bytesTotal) : 0;
  const filled = Math.round(share * width);
  const bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`;
  const rate = elapsedMs > 0 ? (seen / elapsedMs) * 1000 : 0;
  const eta = share > 0.01 && share < 1 ? ` · ETA ${formatDuration((elapsedMs / share) * (1 - share))}` : "";
  return `${bar} ${(share * 100).toFixed(0).padStart(3)}% · ${seen.toLocaleString("en-US")} inputs · ${rate.toFixed(0)} cables/s${eta}`;
}

const STAGE_WORDS: Record<StageProgress["step"], string> = {
  gazetteer: "people: learning names from",
  extract: "people: finding people in",
  resolve: "people: resolving names across",
  write: "people: writing mentions:",
  index: "search index: sent",
};

/** One progress line for the stages after the writes (people, indexing). */
export function formatStage({ step, done, total }: StageProgress): string {
  const count = (n: number) => n.toLocaleString("en-US");
  if (step === "resolve") return `${STAGE_WORDS[step]} ${count(total)} cables`;
  if (step === "write") return `${STAGE_WORDS[step]} ${count(total)}`;
  return `${STAGE_WORDS[step]} ${count(done)} of ${count(total)} cables`;
}

export function formatSummary(summary: IngestSummary, reportFile: string | null): string[] {
  const lines = [
    `${summary.isDryRun ? "Dry run (nothing written)" : `Ingest run ${summary.runId}`} finished in ${formatDuration(summary.durationMs)}.`,
    `  seen ${summary.seen} = new ${summary.new} + updated ${summary.updated} + unchanged ${summary.unchanged} + failed ${summary.failed}`,
  ];
  const reasons = Object.entries(summary.failuresByCode).sort(([, a], [, b]) => b - a);
  if (reasons.length > 0) lines.push(`  failed by reason: ${reasons.map(([code, count]) => `${code} ${count}`).join(", ")}`);
  if (reportFile) lines.push(`  failure report: ${reportFile} (also in the ingest_entries table, run ${summary.runId})`);
  if (summary.releaseIdsLoaded > 0) lines.push(`  release reference ids loaded: ${summary.releaseIdsLoaded.toLocaleString("en-US")}`);
  const { parse, database, index } = summary.stageMs;
  lines.push(`  stages (overlapping): parse ${formatDuration(parse)}, PostgreSQL ${formatDuration(database)}, Meilisearch ${formatDuration(index)}`);
  const people = summary.people;
  if (people) {
    lines.push(
      people.isSkipped
        ? `  people: unchanged (${people.people.toLocaleString("en-US")} people, ${people.mentions.toLocaleString("en-US")} mentions)`
        : `  people: ${people.people.toLocaleString("en-US")} people, ${people.mentions.toLocaleString("en-US")} mentions, ${people.reindexed.toLocaleString("en-US")} cables re-indexed, in ${formatDuration(people.durationMs)}`,
    );
  }
  const check = summary.reconciliation;
  if (check) {
    lines.push(
      check.isConsistent
        ? `  reconciled: ${check.databaseCount} cables in PostgreSQL and in the search index`
        : `  MISMATCH: ${check.databaseCount} cables in PostgreSQL, ${check.indexCount} in the search index, ${check.pendingCount} waiting to be indexed`,
    );
  }
  return lines;
}

/** Redraws one line on a terminal; elsewhere prints a plain line at most every few seconds. */
export function createProgressReporter(
  stream: Pick<NodeJS.WriteStream, "write" | "isTTY">,
  intervalMs = 5_000,
): { update: (progress: IngestProgress) => void; stage: (progress: StageProgress) => void; done: () => void } {
  const isTerminal = Boolean(stream.isTTY);
  let lastPrinted = 0;
  let lastStep: string | null = null;
  let hasDrawn = false;
  const draw = (line: string, isNewStep: boolean) => {
    const now = Date.now();
    if (isTerminal) {
      stream.write(`${isNewStep && hasDrawn ? "\n" : "\r"}${line}\u001b[K`);
      hasDrawn = true;
    } else if (isNewStep || now - lastPrinted >= intervalMs) {
      stream.write(`${line}\n`);
      lastPrinted = now;
    }
  };
  return {
    update(progress) {
      draw(formatProgress(progress), false);
    },
    // Each stage starts a line of its own, so a log shows when each one began.
    stage(progress) {
      draw(formatStage(progress), progress.step !== lastStep);
      lastStep = progress.step;
    },
    done() {
      if (isTerminal && hasDrawn) stream.write("\n");
    },
  };
}

type StepClock = () => number;

/**
 * The machine-readable log of an ingest: one JSON line as each step ends (writes, then the people
 * steps, then indexing), with its duration and how far it got, then one line for the run. Same
 * shape as the terminal reporter, so the ingest command picks one or the other.
 */
export function createJsonStepLogger(write: (line: string) => void, now: StepClock = Date.now) {
  let current: { step: string; startedAt: number; done: number; total: number | null } | null = null;
  const emit = (fields: Record<string, unknown>) => write(`${JSON.stringify({ time: new Date(now()).toISOString(), level: "info", ...fields })}\n`);
  const finishStep = () => {
    if (!current) return;
    emit({ event: "ingest.step", step: current.step, durationMs: now() - current.startedAt, done: current.done, total: current.total });
    current = null;
  };
  const enter = (step: string, done: number, total: number | null) => {
    if (current?.step !== step) {
      finishStep();
      current = { step, startedAt: now(), done, total };
    }
    current.done = done;
    current.total = total;
  };
  return {
    update(progress: IngestProgress) {
      enter("write", progress.seen, null);
    },
    stage(progress: StageProgress) {
      enter(progress.step, progress.done, progress.total);
    },
    done() {
      finishStep();
    },
    summary(summary: IngestSummary, reportFile: string | null) {
      finishStep();
      const { runId, isDryRun, seen, failed, failuresByCode, durationMs, stageMs, people, reconciliation } = summary;
      emit({ event: "ingest.finished", runId, isDryRun, seen, new: summary.new, updated: summary.updated, unchanged: summary.unchanged, failed, failuresByCode, durationMs, stageMs, people, reconciliation, reportFile });
    },
  };
}

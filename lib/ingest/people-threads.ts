import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { extractMentions, type Gazetteer, type PeopleInput, type PersonMention } from "../people";

type PeopleWorker = { worker: Worker; stop: () => Promise<void> };

/** A worker of `people-worker.mjs`; its failure (an error, or an exit it was not asked for) goes to `onFailure`. */
function startPeopleWorker<Answer>(
  workerData: { task: "extract"; gazetteer: Gazetteer } | { task: "learn" },
  { onMessage, onFailure }: { onMessage: (answer: Answer) => void; onFailure: (error: Error) => void },
): PeopleWorker {
  const worker = new Worker(new URL("./people-worker.mjs", import.meta.url), { workerData });
  let isStopping = false;
  worker.on("message", onMessage);
  worker.on("error", onFailure);
  worker.on("exit", (code) => {
    if (!isStopping) onFailure(new Error(`A people worker thread (${workerData.task}) stopped (exit code ${code}).`));
  });
  return {
    worker,
    stop: async () => {
      isStopping = true;
      await worker.terminate();
    },
  };
}

/** What the people code reads of a cable: all a worker is sent (structured cloning copies every field). */
function peopleInputOf({ subject, paragraphs, classifiedBy, signature, tags, headerBlock }: PeopleInput): PeopleInput {
  return { subject, paragraphs, classifiedBy, signature, tags, headerBlock };
}

/** Each cable's mentions, in the order of the inputs. */
export type ExtractMentions = (inputs: PeopleInput[]) => Promise<PersonMention[][]>;

/** Below this many cables, starting threads costs more than it saves. */
export const THREADED_EXTRACTION_MIN_CABLES = 1_000;
/**
 * One main thread reads the pages and hands them out: on a large machine more threads than it can
 * feed would only hold copies of the gazetteer (measured on 2 cores only).
 */
const MAX_EXTRACTION_THREADS = 8;

type Job = { resolve: (mentions: PersonMention[][]) => void; reject: (error: Error) => void };
type Answer = { job: number; mentions?: PersonMention[][]; error?: string };

/**
 * The people stage's extraction on worker threads, one per core: it is the stage's CPU work (the
 * tokenizer above all), and on its own it keeps one core busy while the others wait.
 */
export class ExtractionThreads {
  private readonly workers: PeopleWorker[];
  private readonly jobs = new Map<number, Job>();
  private nextJob = 0;
  private failure: Error | null = null;

  constructor(gazetteer: Gazetteer, threads = Math.min(availableParallelism(), MAX_EXTRACTION_THREADS)) {
    this.workers = Array.from({ length: Math.max(1, threads) }, () =>
      startPeopleWorker({ task: "extract", gazetteer }, { onMessage: (answer: Answer) => this.settle(answer), onFailure: (error) => this.fail(error) }),
    );
  }

  /** Shares the cables among the threads; the mentions come back in the order of the inputs. */
  readonly extract: ExtractMentions = async (inputs) => {
    const share = Math.ceil(inputs.length / this.workers.length);
    const parts = await Promise.all(this.workers.map(({ worker }, i) => this.send(worker, inputs.slice(i * share, (i + 1) * share))));
    return parts.flat();
  };

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ stop }) => stop()));
  }

  private send(worker: Worker, inputs: PeopleInput[]): Promise<PersonMention[][]> {
    if (inputs.length === 0) return Promise.resolve([]);
    if (this.failure) return Promise.reject(this.failure);
    const job = this.nextJob++;
    return new Promise((resolve, reject) => {
      this.jobs.set(job, { resolve, reject });
      worker.postMessage({ job, inputs });
    });
  }

  private settle({ job, mentions, error }: Answer): void {
    const pending = this.jobs.get(job);
    this.jobs.delete(job);
    if (!pending) return;
    if (error !== undefined) pending.reject(new Error(`People extraction failed: ${error}`));
    else pending.resolve(mentions ?? []);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const pending of this.jobs.values()) pending.reject(error);
    this.jobs.clear();
  }
}

/** The same extraction on the calling thread. */
export function extractInThread(gazetteer: Gazetteer): ExtractMentions {
  return async (inputs) => inputs.map((input) => extractMentions(input, gazetteer));
}

type LearnerAnswer = { type: "learned"; count: number } | { type: "built"; gazetteer: Gazetteer } | { type: "failed"; error: string };

/**
 * A gazetteer builder on its own thread: the ingest sends it cables as it writes them and goes on
 * parsing and writing while the thread learns (learning costs as much CPU as the writes).
 */
export class GazetteerThread {
  private readonly thread = startPeopleWorker({ task: "learn" }, { onMessage: (answer: LearnerAnswer) => this.receive(answer), onFailure: (error) => this.fail(error) });
  /** Cables sent and not yet learned. */
  private backlog = 0;
  private readonly backlogWaits: { limit: number; resolve: () => void }[] = [];
  private build: { resolve: (gazetteer: Gazetteer) => void; reject: (error: Error) => void } | null = null;
  private failure: Error | null = null;

  /** The error that stopped the thread, if one did: what it learned is then incomplete. */
  get error(): Error | null {
    return this.failure;
  }

  add(inputs: PeopleInput[]): void {
    if (this.failure || inputs.length === 0) return;
    this.backlog += inputs.length;
    this.thread.worker.postMessage({ type: "add", inputs: inputs.map(peopleInputOf) });
  }

  /** Resolves once at most `limit` cables wait to be learned (or the thread failed), so sent cables do not pile up in memory. */
  whenBacklogAtMost(limit: number): Promise<void> {
    if (this.backlog <= limit || this.failure) return Promise.resolve();
    return new Promise((resolve) => this.backlogWaits.push({ limit, resolve }));
  }

  /** The gazetteer of every cable sent; rejects if the thread failed. */
  built(): Promise<Gazetteer> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.build = { resolve, reject };
      this.thread.worker.postMessage({ type: "build" });
    });
  }

  close(): Promise<void> {
    return this.thread.stop();
  }

  private receive(answer: LearnerAnswer): void {
    if (answer.type === "failed") return this.fail(new Error(`Learning the gazetteer failed: ${answer.error}`));
    if (answer.type === "built") {
      this.build?.resolve(answer.gazetteer);
      this.build = null;
      return;
    }
    this.backlog -= answer.count;
    this.releaseBacklogWaits();
  }

  private releaseBacklogWaits(): void {
    for (let i = this.backlogWaits.length - 1; i >= 0; i--) {
      const wait = this.backlogWaits[i]!;
      if (this.backlog > wait.limit && !this.failure) continue;
      this.backlogWaits.splice(i, 1);
      wait.resolve();
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.build?.reject(this.failure);
    this.build = null;
    this.releaseBacklogWaits();
  }
}

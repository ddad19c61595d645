import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { extractMentions, type Gazetteer, type PeopleInput, type PersonMention } from "../people";

/** Each cable's mentions, in the order of the inputs. */
export type ExtractMentions = (inputs: PeopleInput[]) => Promise<PersonMention[][]>;

/** Below this many cables, starting threads costs more than it saves. */
export const THREADED_EXTRACTION_MIN_CABLES = 1_000;

type Job = { resolve: (mentions: PersonMention[][]) => void; reject: (error: Error) => void };
type Answer = { job: number; mentions?: PersonMention[][]; error?: string };

/**
 * The people stage's extraction on worker threads, one per core: it is the stage's CPU work (the
 * tokenizer above all), and on its own it keeps one core busy while the others wait.
 */
export class ExtractionThreads {
  private readonly workers: Worker[];
  private readonly jobs = new Map<number, Job>();
  private nextJob = 0;
  private failure: Error | null = null;
  private isClosing = false;

  constructor(gazetteer: Gazetteer, threads = availableParallelism()) {
    this.workers = Array.from({ length: Math.max(1, threads) }, () => {
      const worker = new Worker(new URL("./extraction-worker.mjs", import.meta.url), { workerData: { gazetteer } });
      worker.on("message", (answer: Answer) => this.settle(answer));
      worker.on("error", (error) => this.fail(error));
      worker.on("exit", (code) => {
        if (!this.isClosing) this.fail(new Error(`A people extraction thread stopped (exit code ${code}).`));
      });
      return worker;
    });
  }

  /** Shares the cables among the threads; the mentions come back in the order of the inputs. */
  readonly extract: ExtractMentions = async (inputs) => {
    const share = Math.ceil(inputs.length / this.workers.length);
    const parts = await Promise.all(this.workers.map((worker, i) => this.send(worker, inputs.slice(i * share, (i + 1) * share))));
    return parts.flat();
  };

  async close(): Promise<void> {
    this.isClosing = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
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

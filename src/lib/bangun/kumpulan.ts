/**
 * The stage's per-report work over several cores: tasks go to worker threads (`pekerja.ts`), one at a time per
 * worker, and the results come back in task order. Each task writes its own cache entry, so the order in which
 * workers finish never reaches the output; the stage then reads every entry in content order.
 *
 * Few tasks (a rebuild after one change, the bundled content) run in this thread: starting a worker costs more
 * than they do.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** Below this many tasks they run in the calling thread. */
export const WORKER_THRESHOLD = 16;

/** One worker per core, at most 8 (each holds one report at a time, ≈ 0.2 GB). */
export function defaultWorkers(): number {
  return Math.min(8, availableParallelism());
}

export interface TaskMessage<T> {
  i: number;
  task: T;
}
export type ResultMessage<R> = { i: number; result: R } | { i: number; error: string };

/**
 * Run `tasks` and return their results in order: in `workers` worker threads started with `data` (the worker
 * entry turns `data` into its context), or inline with `run` when there are few tasks or one worker.
 */
export async function runTasks<T, R>(
  workers: number,
  data: unknown,
  tasks: readonly T[],
  run: (task: T) => R | Promise<R>,
): Promise<R[]> {
  if (workers <= 1 || tasks.length < WORKER_THRESHOLD) {
    const results: R[] = [];
    for (const task of tasks) results.push(await run(task));
    return results;
  }
  const results = new Array<R>(tasks.length);
  let next = 0;
  const pool: Worker[] = [];
  try {
    for (let n = Math.min(workers, tasks.length); n > 0; n--) {
      pool.push(new Worker(new URL('./pekerja.ts', import.meta.url), { workerData: data }));
    }
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let finished = false;
            const feed = () => {
              if (next >= tasks.length) {
                finished = true;
                resolve();
                return;
              }
              const i = next++;
              worker.postMessage({ i, task: tasks[i]! } satisfies TaskMessage<T>);
            };
            worker.on('message', (message: ResultMessage<R>) => {
              if ('error' in message) {
                finished = true;
                reject(new Error(message.error));
                return;
              }
              results[message.i] = message.result;
              feed();
            });
            worker.on('error', (error) => {
              finished = true;
              reject(error);
            });
            worker.on('messageerror', (error) => {
              finished = true;
              reject(error);
            });
            worker.on('exit', (code) => {
              if (!finished) reject(new Error(`bangun: a stage worker exited (${code}) before its tasks were done`));
            });
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return results;
}

/**
 * A worker thread of the stage (started by `kumpulan.ts`): it builds its scoring context once from `workerData`,
 * then takes one task at a time — score a report folder (pass 1) or write a report's downloads (pass 2) — and
 * answers with the task's result. Everything it makes is written to the cache by the task itself.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ResultMessage, TaskMessage } from './kumpulan.ts';
import {
  scoreFolder,
  scoringContext,
  writeReportOutputs,
  type OutputTask,
  type ScoreTask,
  type WorkerData,
} from './tahap.ts';

const data = workerData as WorkerData;
const context = scoringContext(data.contentRoot);
const port = parentPort!;

port.on('message', async ({ i, task }: TaskMessage<ScoreTask | OutputTask>) => {
  try {
    const result =
      data.kind === 'nilai'
        ? scoreFolder(context, task as ScoreTask)
        : await writeReportOutputs(context, data.indicatorNames, task as OutputTask);
    port.postMessage({ i, result } satisfies ResultMessage<unknown>);
  } catch (error) {
    port.postMessage({ i, error: error instanceof Error ? error.message : String(error) });
  }
});

// Web worker (app build): parses a large profile or graph file off the main thread (see pipeline-task.ts).
import type { PipelineRequest } from './pipeline-messages';
import { runPipeline } from './pipeline-task';

self.addEventListener('message', (event: MessageEvent<PipelineRequest>) => {
  runPipeline(event.data, (reply) => self.postMessage(reply));
});

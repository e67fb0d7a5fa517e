// Web worker (app build): parses a large profile or graph file off the main thread (see pipeline-task.ts).
import { servePipeline } from './pipeline-task';

servePipeline(self);

// Starts a worker for a role in the app (and under Vite's dev server): each role is a module file of its own.
import type { WorkerRole } from './worker-role';

/**
 * A new worker for `role`; throws where workers cannot start (Node, some CSPs). The library build
 * replaces this module with start-worker.lib.ts (see vite.config.ts).
 */
export function startWorker(role: WorkerRole): Worker {
  switch (role) {
    case 'pipeline':
      return new Worker(new URL('../element/pipeline-worker.ts', import.meta.url), {
        type: 'module',
      });
    case 'fa2':
      return new Worker(new URL('../layout/fa2-worker.ts', import.meta.url), { type: 'module' });
    case 'overlap':
      return new Worker(new URL('../layout/overlap-worker.ts', import.meta.url), {
        type: 'module',
      });
  }
}

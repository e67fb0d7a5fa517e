// Inside a worker started by startWorker(): runs the server of the role its bootstrap named.
import { ROLE_GLOBAL, type RoleServers } from './worker-role';

/**
 * Starts the server of the role the bootstrap named, when this code runs in such a worker, and
 * returns whether it did (the entry point then defines no element). Anywhere else (a page, someone
 * else's worker, a role `servers` does not have): false.
 */
export function serveWorkerRole(servers: RoleServers, scope: unknown = globalThis): boolean {
  const role = (scope as { [ROLE_GLOBAL]?: unknown })[ROLE_GLOBAL];
  if (typeof role !== 'string' || !Object.hasOwn(servers, role)) return false;
  servers[role]!(scope as Parameters<RoleServers[string]>[0]);
  return true;
}

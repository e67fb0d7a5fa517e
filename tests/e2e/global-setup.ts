// Browser-test set-up: make sure Chromium is there, build the app once and serve it with `vite preview`,
// and build the library file once for the tests that load it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

export const CHROMIUM_PATH = '/usr/bin/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the preview server that serves the built app, e.g. `http://127.0.0.1:41234`. */
    baseUrl: string;
    /** Folder of this run's library build (`vite build --mode lib`): coauthor-network.js. */
    libDir: string;
  }
}

/** Installs Debian's Chromium with apt-get when it is missing and we may; never downloads a browser build. */
function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    throw new Error(
      `e2e: ${CHROMIUM_PATH} is missing. Install Debian's package as root: ` +
        '`apt-get update && apt-get install -y chromium` (no browser is ever downloaded by the tests).',
    );
  }
  console.log(
    `e2e: ${CHROMIUM_PATH} is missing; running apt-get update && apt-get install -y chromium`,
  );
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `e2e: apt-get install chromium finished but ${CHROMIUM_PATH} is still missing.`,
    );
  }
}

/** Builds the library (`vite build --mode lib`, the config of `npm run build`) into `outDir`. */
export async function buildLibrary(outDir: string): Promise<void> {
  await build({
    configFile: 'vite.config.ts',
    mode: 'lib',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureChromium();

  // A private output folder: engineers sharing this checkout may run the tests at the same time,
  // and one run must not empty dist/ under another's preview server. Same config as `npm run build`.
  const outDir = await mkdtemp(join(tmpdir(), 'coauthor-network-e2e-'));
  await build({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  // The library beside it (not in it: the preview serves outDir), read-only for the tests.
  const libDir = await mkdtemp(join(tmpdir(), 'coauthor-network-e2e-lib-'));
  await buildLibrary(libDir);
  project.provide('libDir', libDir);

  const server: PreviewServer = await preview({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') {
    throw new Error('e2e: the preview server has no TCP address');
  }
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`);

  return async () => {
    await server.close();
    await rm(outDir, { recursive: true, force: true });
    await rm(libDir, { recursive: true, force: true });
  };
}

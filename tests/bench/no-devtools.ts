// Loads of the app in a Chromium with no DevTools attached: what a visitor's browser does, without the
// work DevTools' network agent adds (it keeps a copy of every response body, on the main thread).
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import os from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Playwright 1.65's arguments for headless Chromium, as its launched process shows them (but
 * `--remote-debugging-pipe`), then the browser tests' own four flags.
 */
const FLAGS = [
  '--show-component-extension-options',
  '--enable-gpu-rasterization',
  '--no-default-browser-check',
  '--disable-pings',
  '--media-router=0',
  '--enable-remote-extensions',
  '--load-extension=',
  '--disable-field-trial-config',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-back-forward-cache',
  '--disable-breakpad',
  '--disable-component-extensions-with-background-pages',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--disable-edgeupdater',
  '--disable-extensions',
  '--disable-features=AvoidUnnecessaryBeforeUnloadCheckSync,DestroyProfileOnBrowserClose,HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,LensOverlay,MediaRouter,PaintHolding,ThirdPartyStoragePartitioning,AvoidCorsURLLoaderRestartOnRedirect,TcpPortRandomizationWin,OptimizationHints,NetworkTimeServiceQuerying,AimEnabled,PreconnectToSearch,msForceBrowserSignIn,msEdgeUpdateLaunchServicesPreferredVersion',
  '--enable-features=CDPScreenshotNewSurface,SkipListAccountsWithoutGaiaCookies',
  '--allow-pre-commit-input',
  '--disable-hang-monitor',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-renderer-backgrounding',
  '--disable-updater-scheduler',
  '--force-color-profile=srgb',
  '--metrics-recording-only',
  '--no-first-run',
  '--password-store=basic',
  '--use-mock-keychain',
  '--no-service-autorun',
  '--disable-search-engine-choice-screen',
  '--unsafely-disable-devtools-self-xss-warnings',
  '--enable-unsafe-swiftshader',
  '--edge-skip-compat-layer-relaunch',
  '--disable-stack-profiler',
  '--disable-infobars',
  '--disable-sync',
  '--do-not-de-elevate',
  '--headless',
  '--hide-scrollbars',
  '--mute-audio',
  '--blink-settings=primaryHoverType=2,availableHoverTypes=2,primaryPointerType=4,availablePointerTypes=4',
  '--no-sandbox',
];

/** A load's measures (start and duration in ms from navigation), as the page reports them. */
export type Reported = { name: string; start: number; duration: number }[];

const waiting = new Map<string, (measures: Reported) => void>();

/**
 * Serves, beside the built app in `outDir`: `/__bench/harness?to=URL&mark=M&id=I`, a page that
 * waits for the browser to settle, then goes to URL (the app's page with a reporter added), and
 * `/__bench/report?id=I`, where that reporter posts the page's measures once mark M is there.
 */
export function reportingPlugin(outDir: string): Plugin {
  return {
    name: 'bench-no-devtools',
    configurePreviewServer(server) {
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const url = new URL(req.url ?? '/', 'http://bench');
        if (url.pathname === '/__bench/harness') {
          const to = new URL(url.searchParams.get('to') ?? '/', 'http://bench');
          to.searchParams.set('bench-mark', url.searchParams.get('mark') ?? 'cn:ready');
          to.searchParams.set('bench-id', url.searchParams.get('id') ?? '');
          res.setHeader('content-type', 'text/html');
          // Chromium starts up for a few seconds after launch: the load starts after that.
          res.end(
            `<!doctype html><script>setTimeout(() => location.href = ${JSON.stringify(to.href)}, 4000)</script>`,
          );
          return;
        }
        if (url.pathname === '/__bench/report') {
          let body = '';
          req.on('data', (chunk: Buffer) => (body += chunk.toString()));
          req.on('end', () => {
            res.end();
            waiting.get(url.searchParams.get('id') ?? '')?.(JSON.parse(body) as Reported);
          });
          return;
        }
        if (url.pathname === '/' && url.searchParams.has('bench-mark')) {
          void readFile(join(outDir, 'index.html'), 'utf8').then((html) => {
            res.setHeader('content-type', 'text/html');
            res.end(html.replace('</head>', `<script>${REPORTER}</script></head>`));
          });
          return;
        }
        next();
      });
    },
  };
}

/** Posts the page's measures once the mark named in `bench-mark` is there (polled every 20 ms). */
const REPORTER = `const q = new URLSearchParams(location.search);
const poll = setInterval(() => {
  if (!performance.getEntriesByName(q.get('bench-mark')).length) return;
  clearInterval(poll);
  const measures = performance.getEntriesByType('measure').map((m) => ({ name: m.name, start: m.startTime, duration: m.duration }));
  fetch('/__bench/report?id=' + q.get('bench-id'), { method: 'POST', body: JSON.stringify(measures) });
}, 20);`;

let loads = 0;

/**
 * Opens `path` of the app at `base` in a Chromium of its own with no DevTools attached, and gives
 * the page's measures once `mark` is there (null after `timeoutMs`).
 */
export async function loadWithoutDevTools(
  base: string,
  path: string,
  mark: string,
  viewport: { width: number; height: number },
  timeoutMs: number,
): Promise<Reported | null> {
  const id = String(++loads);
  const profile = await mkdtemp(join(os.tmpdir(), 'coauthor-network-bench-profile-'));
  // The harness on another site (localhost, the app on 127.0.0.1): the app gets a renderer
  // process of its own, as a page opened from elsewhere does.
  const harness = new URL('/__bench/harness', base);
  harness.hostname = 'localhost';
  harness.search = new URLSearchParams({ to: new URL(path, base).href, mark, id }).toString();
  const browser = spawn(
    '/usr/bin/chromium',
    [
      ...FLAGS,
      `--user-data-dir=${profile}`,
      `--window-size=${viewport.width},${viewport.height}`,
      harness.href,
    ],
    // A process group of its own: the browser's helper processes are killed with it.
    { stdio: 'ignore', detached: true },
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await new Promise<Reported | null>((resolve) => {
      waiting.set(id, resolve);
      timer = setTimeout(() => resolve(null), timeoutMs);
    });
  } finally {
    clearTimeout(timer);
    waiting.delete(id);
    if (browser.exitCode === null && browser.signalCode === null) {
      const exited = new Promise((resolve) => browser.once('exit', resolve));
      process.kill(-browser.pid!, 'SIGKILL');
      await exited;
    }
    // A helper process may still be writing the profile for a moment.
    await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
}

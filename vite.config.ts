// Vite builds the app (index.html) and, with `--mode lib`, the one-file <coauthor-network> library;
// vitest runs the unit tests in Node and the browser tests in Chromium.
import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vitest/config';
import { defaultClientConditions } from 'vite';

/** Where the library build writes `coauthor-network.js` (its types and manifest go beside it). */
export const LIB_OUT_DIR = 'dist/lib';
export const LIB_FILE_NAME = 'coauthor-network.js';

/** The project's own code in a size report: every module under `src/`. */
export const OWN_CODE = 'src/';
/** Modules with no file behind them (rollup's and vite's helpers). */
export const BUNDLER_CODE = '(bundler)';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

/**
 * The group of a bundled module in a size report: `src/` for the project's own code, the package
 * name for a file in `node_modules` (the innermost one, so a nested copy counts for itself), else
 * BUNDLER_CODE. `\0` prefixes and `?query` suffixes of plugins' proxy modules are ignored.
 */
export function moduleGroup(id: string, root: string = ROOT): string {
  const path = id.replace(/^\0/, '').replace(/\?.*$/, '');
  if (!isAbsolute(path)) return BUNDLER_CODE;
  const parts = path.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  if (at >= 0 && at + 1 < parts.length) {
    const name = parts[at + 1]!;
    return name.startsWith('@') ? `${name}/${parts[at + 2] ?? ''}` : name;
  }
  const inProject = relative(root, path).split(sep).join('/');
  return inProject.startsWith(OWN_CODE) ? OWN_CODE : BUNDLER_CODE;
}

export interface SizeGroup {
  group: string;
  /** Bytes of the group's rendered module code (before the chunk is minified). */
  bytes: number;
  /** Those modules' code joined and gzipped (node zlib, level 9). */
  gzipped: number;
}

export interface SizeSplit {
  /** The modules under `src/`. */
  own: SizeGroup;
  /** Every other module, measured together. */
  dependencies: SizeGroup;
  /** The dependencies by moduleGroup() (package, or BUNDLER_CODE), largest first. */
  packages: SizeGroup[];
}

function measure(group: string, code: string[]): SizeGroup {
  const text = code.join('\n');
  return { group, bytes: Buffer.byteLength(text), gzipped: gzipSync(text, { level: 9 }).length };
}

/** How a chunk's rendered modules split between the project's own code and its dependencies. */
export function splitBySource(
  modules: Record<string, { code: string | null }>,
  root: string = ROOT,
): SizeSplit {
  const code = new Map<string, string[]>();
  for (const [id, module] of Object.entries(modules)) {
    if (!module.code) continue;
    const group = moduleGroup(id, root);
    if (!code.has(group)) code.set(group, []);
    code.get(group)!.push(module.code);
  }
  const others = [...code].filter(([group]) => group !== OWN_CODE);
  return {
    own: measure(OWN_CODE, code.get(OWN_CODE) ?? []),
    dependencies: measure(
      'dependencies',
      others.flatMap(([, parts]) => parts),
    ),
    packages: others
      .map(([group, parts]) => measure(group, parts))
      .sort((a, b) => b.bytes - a.bytes || a.group.localeCompare(b.group)),
  };
}

/**
 * Prints the library file's size, minified and gzipped (node zlib, level 9), and how its code
 * splits between `src/` and each dependency, measured on the modules as rendered into the chunk.
 */
function reportSize(): Plugin {
  return {
    name: 'coauthor-network:report-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunk = bundle[LIB_FILE_NAME];
      if (chunk?.type !== 'chunk') return;
      const kb = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;
      const bytes = Buffer.byteLength(chunk.code);
      const gzipped = gzipSync(chunk.code, { level: 9 }).length;
      const { own, dependencies, packages } = splitBySource(chunk.modules);
      const row = (label: string, g: SizeGroup): string =>
        `${label.padEnd(34)}${String(g.bytes).padStart(9)}${String(g.gzipped).padStart(9)}`;
      this.info(
        [
          `${chunk.fileName}: ${bytes} bytes minified (${kb(bytes)}), ${gzipped} bytes gzipped (${kb(gzipped)})`,
          `${'its modules before minification:'.padEnd(34)}${'bytes'.padStart(9)}${'gzipped'.padStart(9)}`,
          row('  own code (src/)', own),
          row('  dependencies', dependencies),
          ...packages.map((g) => row(`    ${g.group}`, g)),
        ].join('\n'),
      );
    },
  };
}

/**
 * A build always takes packages' `production` exports (lit's dev mode, with its warnings, is
 * bigger), also when NODE_ENV is `test`, as it is when the browser tests build from vitest.
 */
const BUILD_CONDITIONS = defaultClientConditions.map((c) =>
  c === 'development|production' ? 'production' : c,
);

export default defineConfig(({ command, mode }) => ({
  build:
    mode === 'lib'
      ? {
          target: 'es2022',
          outDir: LIB_OUT_DIR,
          emptyOutDir: true,
          // Default (safe) terser: vite's esbuild keeps an `es` library's whitespace, terser does not.
          minify: 'terser' as const,
          // The host page serves nothing else: no public/ files, no assets, everything inline.
          copyPublicDir: false,
          assetsInlineLimit: Number.POSITIVE_INFINITY,
          // One file by design; its budget is gzipped size, which reportSize() prints.
          chunkSizeWarningLimit: 1024,
          lib: {
            entry: 'src/element/index.ts',
            formats: ['es' as const],
            fileName: () => LIB_FILE_NAME,
          },
          rollupOptions: { output: { inlineDynamicImports: true } },
        }
      : {
          target: 'es2022',
          outDir: 'dist/app',
          emptyOutDir: true,
          // The element is one chunk by design (its workers import it), as large as the library.
          chunkSizeWarningLimit: 1024,
        },
  resolve: command === 'build' ? { conditions: BUILD_CONDITIONS } : {},
  plugins: mode === 'lib' ? [reportSize()] : [],
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    env: { TZ: 'UTC' },
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          env: { TZ: 'UTC' },
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          env: { TZ: 'UTC' },
          testTimeout: 60_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
}));

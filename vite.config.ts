// Vite builds the app (index.html) and, with `--mode lib`, the one-file <coauthor-network> library;
// vitest runs the unit tests in Node and the browser tests in Chromium.
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';
import { defineConfig, type Plugin } from 'vitest/config';
import { defaultClientConditions, parseAst } from 'vite';

/** Where the library build writes `coauthor-network.js` (its types and manifest go beside it). */
export const LIB_OUT_DIR = 'dist/lib';
export const LIB_FILE_NAME = 'coauthor-network.js';

/** Marks of GLSL source in a string literal (sigma builds its shaders from such strings). */
const GLSL = /#version|\bgl_|\buniform |\bprecision |\bvec[234]\b|\bfloat /;

/**
 * Removes what a GLSL compiler ignores from the shader strings in sigma's code: `//` comments,
 * indentation and blank lines (about 35 of its kilobytes, 10 gzipped). Only what follows a `\n`
 * inside one string literal is touched, so pieces joined with `.concat()` keep their spaces.
 */
export function shrinkGlslStrings(code: string): string {
  return code.replace(/"(?:[^"\\\n]|\\.)*"/g, (literal) => {
    if (!literal.includes('\\n') || !GLSL.test(literal)) return literal;
    const lines = literal.slice(1, -1).split('\\n');
    const kept = lines.map((line, i) => {
      const closed = i < lines.length - 1; // followed by \n in this literal: a comment ends here
      let text = i > 0 ? line.trimStart() : line;
      if (closed) text = text.replace(/\/\/.*$/, '').trimEnd();
      return text;
    });
    const joined = kept.filter((line, i) => line !== '' || i === 0 || i === kept.length - 1);
    return `"${joined.join('\\n')}"`;
  });
}

/**
 * The explanations after the first sentence of graphology's usage errors that this element cannot
 * cause: multigraph and incompatible-copy errors (its graphs are simple), reduceNodes without an
 * initial value, malformed update hints and import arguments (a graph file is checked before it is
 * imported, src/graph/graph-json.ts). The method and the fault stay ("Graph.import: invalid
 * nodes.", "Graph.copy: cannot create an incompatible copy by downgrading a multi graph to a simple
 * one."); about 200 bytes gzipped.
 */
const GRAPHOLOGY_EXPLANATION =
  /'(Graph\.\w+: [^']*?)\.? (?:since|because|What if|Use|See|You|Expecting) [^']*'/g;
/** How many such messages graphology 0.26 has: another count (an upgrade) stops the build. */
const GRAPHOLOGY_EXPLANATIONS = 16;

/** Shortens graphology's usage errors as GRAPHOLOGY_EXPLANATION says. */
export function trimGraphologyMessages(code: string): string {
  let count = 0;
  const trimmed = code.replace(GRAPHOLOGY_EXPLANATION, (_literal, first: string) => {
    count += 1;
    return `'${first}.'`;
  });
  if (count !== GRAPHOLOGY_EXPLANATIONS) {
    throw new Error(
      `graphology: ${count} error explanations found, ${GRAPHOLOGY_EXPLANATIONS} expected`,
    );
  }
  return trimmed;
}

function trimGraphology(): Plugin {
  return {
    name: 'coauthor-network:trim-graphology-messages',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]graphology[\\/]dist[\\/]/.test(id)) return null;
      return { code: trimGraphologyMessages(code), map: null };
    },
  };
}

/**
 * Second sentences of sigma's errors that explain rather than name the fault: babel's hint after a
 * non-iterable spread, destructuring or `for…of` ("Invalid attempt to spread non-iterable
 * instance." stays), the way round a container without a size, which the element takes
 * (`allowInvalidContainer`), so sigma never throws it, and the ways to give node dragging its
 * position attributes (the element leaves `enableNodeDrag` off).
 */
export const SIGMA_HINTS = [
  '\\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.',
  ' You can set the allowInvalidContainer setting to true to stop seeing this error.',
  `" + 'Either use attribute bindings for x/y in your node styles (e.g. \`x: { attribute: "x" }\`), ' + "or provide a \`dragPositionToAttributes\` setting.`,
];

/** Drops SIGMA_HINTS from `code`. */
export function trimSigmaHints(code: string): string {
  return SIGMA_HINTS.reduce((text, hint) => text.replaceAll(hint, ''), code);
}

/**
 * Shrinks sigma's GLSL strings, drops SIGMA_HINTS and keeps babel's feature test constructible (see
 * below).
 */
function shrinkSigmaShaders(): Plugin {
  return {
    name: 'coauthor-network:shrink-sigma-shaders',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]sigma[\\/]/.test(id)) return null;
      // Babel's feature test builds with a throwaway `function () {}` as new.target: a class, so
      // that terser's unsafe_arrows cannot make it an arrow (which cannot be constructed, and
      // sigma's classes then failed to call our EventEmitter's constructor).
      const tested = code.replaceAll(
        'Reflect.construct(Boolean, [], function () {})',
        'Reflect.construct(Boolean, [], class {})',
      );
      return { code: shrinkGlslStrings(trimSigmaHints(tested)), map: null };
    },
  };
}

/**
 * Minifies the CSS of a Lit `css` template's static text: no comments, no whitespace beside
 * `{ } ; , >` or after a declaration's colon, no `;` before `}`. Quoted strings are kept as they are.
 */
export function minifyCss(text: string): string {
  return text
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((part, i) => {
      if (i % 2 === 1) return part; // a quoted string
      return part
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .replace(/:\s+/g, ':')
        .replace(/;}/g, '}');
    })
    .join('');
}

/**
 * Drops the indentation after each line break in the static text of template literals: Lit's
 * `html` templates are indented like the code around them, and neither HTML nor CSS reads it (no
 * template here is shown preformatted). About 230 bytes of the library, gzipped.
 */
export function dropTemplateIndentation(code: string): string {
  const spans: [number, number][] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (typeof node === 'object' && node !== null) {
      const { type, start, end } = node as { type?: string; start: number; end: number };
      if (type === 'TemplateElement') spans.push([start, end]);
      else Object.values(node).forEach(visit);
    }
  };
  visit(parseAst(code));
  let out = '';
  let at = 0;
  for (const [start, end] of spans.sort((a, b) => a[0] - b[0])) {
    out += code.slice(at, start) + code.slice(start, end).replace(/\n[ \t]+/g, '\n');
    at = end;
  }
  return out + code.slice(at);
}

/** Minifies every `css` tagged template of the element's own modules (about 2 KB gzipped). */
function minifyLitCss(): Plugin {
  return {
    name: 'coauthor-network:minify-lit-css',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      const minified = code.replace(/\bcss`([^`]*)`/g, (_literal, body: string) => {
        const parts = body.split(/(\$\{[^}]*\})/);
        return `css\`${parts.map((part, i) => (i % 2 === 1 ? part : minifyCss(part))).join('')}\``;
      });
      return { code: minified, map: null };
    },
  };
}

/**
 * Minifies the library file fully, with terser (two compress passes: about 4 % smaller gzipped
 * than esbuild's minifier here; a third pass makes it larger). Vite keeps the whitespace of an `es` library (its pure
 * annotations help a bundler downstream), but this file is meant for a script tag, not a bundler.
 */
function minifyLibrary(): Plugin {
  return {
    name: 'coauthor-network:minify-library',
    apply: 'build',
    // After every renderChunk hook: vite's own minify pass of an es library puts the whitespace back.
    async generateBundle(_options, bundle) {
      const chunk = bundle[LIB_FILE_NAME];
      if (chunk?.type !== 'chunk') return;
      const result = await minify(chunk.code, {
        module: true,
        ecma: 2020,
        // pure_getters: reading a property has no side effect (drops unused reads); unsafe_methods:
        // `{ m: function () {} }` becomes `{ m() {} }`, not constructible (nothing here news one);
        // unsafe_comps: `a < b` may become `b > a` (unsafe only for operands whose valueOf has side
        // effects); unsafe_arrows: `function () {}` expressions that use neither `this` nor
        // `arguments` become arrows (unsafe for one that is constructed: babel's Reflect.construct
        // test in sigma was, and is given a class, see shrinkSigmaShaders); unsafe_proto:
        // `Array.prototype.slice.call(a)` becomes `[].slice.call(a)` (unsafe only if a global such
        // as Array is replaced); unsafe: `new Error(m)` becomes `Error(m)`, `String(x)` and
        // `${x}` become `x + ""` (unsafe only for a Symbol, or an object whose valueOf differs from
        // its toString: none is converted so here); keep_fargs false: unused trailing parameters go
        // (unsafe only for code that reads a function's length: none here). 822 + 107 + 182 + 22 +
        // 123 + 55 bytes gzipped. inline 1, sequences false, double quotes only: terser does less,
        // and gzip finds more repeats (−40, −40, −50 bytes). The browser tests run against the
        // library built so.
        compress: {
          passes: 2,
          pure_getters: true,
          unsafe_methods: true,
          unsafe_comps: true,
          unsafe_arrows: true,
          unsafe_proto: true,
          unsafe: true,
          keep_fargs: false,
          inline: 1,
          sequences: false,
        },
        mangle: true,
        format: { comments: false, quote_style: 2 },
      });
      if (result.code === undefined) throw new Error('terser returned no code');
      chunk.code = dropTemplateIndentation(result.code);
    },
  };
}

/** Prints the library file's size, minified and gzipped (node zlib, level 9), after each build. */
function reportSize(): Plugin {
  return {
    name: 'coauthor-network:report-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.fileName !== LIB_FILE_NAME) continue;
        const bytes = Buffer.byteLength(chunk.code);
        const gzipped = gzipSync(chunk.code, { level: 9 }).length;
        const kb = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;
        this.info(
          `${chunk.fileName}: ${bytes} bytes minified (${kb(bytes)}), ${gzipped} bytes gzipped (${kb(gzipped)})`,
        );
      }
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
        },
  resolve: {
    ...(command === 'build' ? { conditions: BUILD_CONDITIONS } : {}),
    alias: [
      // graphology's and sigma's EventEmitter, without the rest of Node's events module.
      {
        find: /^events$/,
        replacement: fileURLToPath(new URL('src/vendor/events.ts', import.meta.url)),
      },
    ],
  },
  plugins:
    mode === 'lib'
      ? [shrinkSigmaShaders(), trimGraphology(), minifyLitCss(), minifyLibrary(), reportSize()]
      : [],
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

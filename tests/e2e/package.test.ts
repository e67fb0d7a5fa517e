// The package as a lab would install it: the library build, its declarations and its manifest,
// packed by npm from package.json's `files`, and the manifest against what the README documents.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix, relative } from 'node:path';
import { promisify } from 'node:util';
import { parseAst } from 'rollup/parseAst';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';

const run = promisify(execFile);

interface PackageJson {
  private?: boolean;
  module: string;
  types: string;
  customElements: string;
  exports: Record<string, unknown>;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
}

interface Named {
  name: string;
  description?: string;
}
interface Declaration {
  customElement?: boolean;
  tagName?: string;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  members?: (Named & { privacy?: string; kind: string })[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

const LIB_FILE = 'dist/lib/coauthor-network.js';
const MANIFEST_FILE = 'dist/lib/custom-elements.json';
const TYPES_DIR = 'dist/lib/types';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson;
const readme = readFileSync('README.md', 'utf8');

let root: string;
/** The assembled package folder, as the checkout looks after `npm run build`. */
let packageDir: string;
/** Paths in the tarball `npm pack` would make of packageDir. */
let packed: string[];

/**
 * Runs package.json's script `name` in `cwd`, its output folder (`flag value`, where value is under
 * dist/lib) moved to the same place under packageDir, so the checkout's dist/ is never written.
 */
async function runBuildScript(name: string, flag: string, cwd: string): Promise<void> {
  const args = pkg.scripts[name]!.split(/\s+/);
  const at = args.indexOf(flag);
  const out = args[at + 1];
  if (at < 0 || out === undefined || !out.startsWith('dist/lib')) {
    throw new Error(`package.json: script ${name} has no \`${flag} dist/lib…\``);
  }
  // cem joins its --outdir to the working directory: a relative path serves both tools.
  args[at + 1] = relative(cwd, join(packageDir, out));
  const [bin, ...rest] = args;
  await run(join(process.cwd(), 'node_modules', '.bin', bin!), rest, { cwd });
}

/** Every string path in package.json's `exports` (conditions nested in objects included). */
function exportPaths(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(exportPaths);
  return [];
}

/** What a module imports by name (`import`, `export … from`, `import()` with a literal). */
function importSources(code: string): string[] {
  const sources: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const { type, source } = node as { type?: string; source?: { value?: unknown } | null };
      if (
        type !== undefined &&
        /^(Import|ExportAll|ExportNamed)Declaration$|^ImportExpression$/.test(type) &&
        typeof source?.value === 'string'
      ) {
        sources.push(source.value);
      }
      for (const child of Object.values(node)) if (typeof child === 'object') walk(child);
    }
  };
  walk(parseAst(code));
  return sources;
}

/** The code of `code` outside its template literals (whose text keeps its own line breaks). */
function outsideTemplates(code: string): string {
  const spans: [number, number][] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const { type, start, end } = node as { type?: string; start: number; end: number };
      if (type === 'TemplateLiteral') spans.push([start, end]);
      for (const child of Object.values(node)) if (typeof child === 'object') walk(child);
    }
  };
  walk(parseAst(code));
  let out = '';
  let at = 0;
  for (const [start, end] of spans.sort((a, b) => a[0] - b[0])) {
    if (start < at) continue; // nested in one already cut
    out += code.slice(at, start);
    at = end;
  }
  return out + code.slice(at);
}

/** The README's sections: each heading's text with the lines up to the next heading. */
function sections(markdown: string): { heading: string; lines: string[] }[] {
  const result: { heading: string; lines: string[] }[] = [];
  for (const line of markdown.split('\n')) {
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) result.push({ heading: heading[1]!, lines: [] });
    else result.at(-1)?.lines.push(line);
  }
  return result;
}

/**
 * The backticked names in the first column of the tables under the headings `matches` picks;
 * a row whose first cell is `—` names nothing. Any other first cell breaks the convention.
 */
function firstColumn(matches: (heading: string) => boolean): string[] {
  const names: string[] = [];
  for (const { heading, lines } of sections(readme).filter((s) => matches(s.heading))) {
    const rows = lines.filter((line) => line.startsWith('|')).slice(2); // past header and rule
    for (const row of rows) {
      const cell = row.split('|')[1]!.trim();
      if (cell === '—') continue;
      const name = /^`([^`]+)`$/.exec(cell);
      if (!name) throw new Error(`README.md, "${heading}": first cell ${cell} is not \`a name\``);
      names.push(name[1]!);
    }
  }
  return names;
}

/** The backticked names of the paragraph that starts `Parts for \`::part()\``. */
function documentedParts(): string[] {
  const start = readme.indexOf('\nParts for `::part()`');
  if (start < 0) throw new Error('README.md has no line starting "Parts for `::part()`"');
  const paragraph = readme.slice(start + 1).split(/\n\s*\n/)[0]!;
  return [...paragraph.matchAll(/`([^`]+)`/g)].map((m) => m[1]!).filter((n) => n !== '::part()');
}

/** What README.md documents of the element's API, by the conventions it keeps. */
const documented = {
  attributes: firstColumn((heading) => heading.includes('Attributes')),
  events: firstColumn((heading) => heading.startsWith('Events')),
  cssParts: documentedParts(),
  cssProperties: [...new Set([...readme.matchAll(/`(--cn-[\w-]+)`/g)].map((m) => m[1]!))],
};

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'coauthor-network-package-'));
  packageDir = join(root, 'package');
  // The run's one library build (tests/e2e/global-setup.ts), then the declarations and manifest
  // of `npm run build:lib`, all where package.json says they are.
  await mkdir(join(packageDir, 'dist'), { recursive: true });
  await cp(inject('libDir'), join(packageDir, 'dist', 'lib'), { recursive: true });
  // cem also writes its output path into the package.json of its working directory: it runs in a
  // folder of its own, with a copy of package.json and the sources it reads.
  const manifestDir = join(root, 'manifest');
  await mkdir(manifestDir);
  await cp('package.json', join(manifestDir, 'package.json'));
  await symlink(join(process.cwd(), 'src'), join(manifestDir, 'src'), 'dir');
  await Promise.all([
    runBuildScript('build:types', '--outDir', process.cwd()),
    runBuildScript('build:manifest', '--outdir', manifestDir),
  ]);
  await cp('package.json', join(packageDir, 'package.json'));
  await cp('README.md', join(packageDir, 'README.md'));
  // What `npm run build` also writes: `files` must leave it out.
  await mkdir(join(packageDir, 'dist', 'app'));
  await writeFile(join(packageDir, 'dist', 'app', 'index.html'), '<!doctype html>');
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: packageDir,
  });
  const [report] = JSON.parse(stdout) as { files: { path: string }[] }[];
  packed = report!.files.map((file) => file.path).sort();
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('npm pack', () => {
  test('holds the library file, its declarations, the manifest, README.md and package.json only', async () => {
    const built = (
      await readdir(join(packageDir, 'dist', 'lib'), { recursive: true, withFileTypes: true })
    )
      .filter((entry) => entry.isFile())
      .map((entry) =>
        relative(packageDir, join(entry.parentPath, entry.name)).split(/[\\/]/).join('/'),
      );
    const declarations = built.filter((path) => path.startsWith(`${TYPES_DIR}/`));
    expect(declarations).toContain(`${TYPES_DIR}/element/index.d.ts`);
    expect(declarations.every((path) => path.endsWith('.d.ts'))).toBe(true);
    // Besides the manifest, what the library build wrote: its file and the chunks it would load.
    const library = built.filter((path) => !declarations.includes(path) && path !== MANIFEST_FILE);
    expect(library).toContain(LIB_FILE);
    expect(library.every((path) => path.endsWith('.js'))).toBe(true);
    expect(packed).toEqual([...built, 'README.md', 'package.json'].sort());
  });

  test('every file the library file imports is in the tarball, and it imports no package', async () => {
    const code = await readFile(join(packageDir, LIB_FILE), 'utf8');
    for (const source of importSources(code)) {
      expect(source, `${LIB_FILE} imports ${source}`).toMatch(/^\.\.?\//);
      expect(packed).toContain(posix.join(posix.dirname(LIB_FILE), source));
    }
  });

  test('the library file is minified: no line break outside its template literals', async () => {
    const code = await readFile(join(packageDir, LIB_FILE), 'utf8');
    expect(outsideTemplates(code.trimEnd())).not.toContain('\n');
  });

  test('every path in exports, types, module and customElements is in the tarball', () => {
    const paths = [...exportPaths(pkg.exports), pkg.types, pkg.module, pkg.customElements];
    expect(paths).toContain(`./${LIB_FILE}`);
    for (const path of paths) expect(packed, path).toContain(posix.normalize(path));
  });

  test('its declarations import only declared dependencies, with their types', async () => {
    const imported = new Set<string>();
    for (const path of packed.filter((p) => p.endsWith('.d.ts'))) {
      const text = await readFile(join(packageDir, path), 'utf8');
      for (const [, source] of text.matchAll(/(?:from\s+|import\()['"]([^'"]+)['"]/g)) {
        if (source!.startsWith('.')) {
          const target = posix.join(posix.dirname(path), source!.replace(/\.js$/, ''));
          const found = [`${target}.d.ts`, `${target}/index.d.ts`].filter((p) =>
            packed.includes(p),
          );
          expect(found, `${path} imports ${source}`).toHaveLength(1);
        } else {
          const parts = source!.split('/');
          imported.add(source!.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
        }
      }
    }
    expect(imported.size).toBeGreaterThan(0);
    const options: ts.CompilerOptions = { moduleResolution: ts.ModuleResolutionKind.Bundler };
    for (const name of imported) {
      expect(Object.keys(pkg.dependencies), `declarations import ${name}`).toContain(name);
      // Where TypeScript finds its types: in an @types package, that one is needed too.
      const found = ts.resolveModuleName(name, join(process.cwd(), 'index.ts'), options, ts.sys)
        .resolvedModule?.resolvedFileName;
      expect(found, `types of ${name}`).toBeDefined();
      const typesPackage = /[\\/]node_modules[\\/](@types[\\/][^\\/]+)[\\/]/.exec(found!)?.[1];
      if (typesPackage !== undefined) {
        expect(Object.keys(pkg.dependencies)).toContain(typesPackage.replace('\\', '/'));
      }
    }
  });

  test('package.json can be published: not private', () => {
    expect(pkg.private).toBeUndefined();
  });
});

describe('custom-elements.json, as built', () => {
  let element: Declaration | undefined;
  beforeAll(async () => {
    const manifest = JSON.parse(
      await readFile(join(packageDir, MANIFEST_FILE), 'utf8'),
    ) as Manifest;
    element = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .find((d) => d.customElement && d.tagName === 'coauthor-network');
  });
  const names = (items: Named[] | undefined): string[] => (items ?? []).map((i) => i.name);

  test('declares <coauthor-network>, every attribute, event, part and CSS property described', () => {
    expect(element).toBeDefined();
    const items = [
      ...(element?.attributes ?? []),
      ...(element?.events ?? []),
      ...(element?.cssParts ?? []),
      ...(element?.cssProperties ?? []),
    ];
    expect(items.length).toBeGreaterThan(30);
    for (const item of items) expect(item.description, item.name).toBeTruthy();
  });

  test.each([
    ['attribute', 'attributes'],
    ['event', 'events'],
    ['CSS part', 'cssParts'],
    ['CSS custom property', 'cssProperties'],
  ] as const)('holds every %s README.md documents', (_kind, key) => {
    expect(documented[key].length).toBeGreaterThan(0);
    const missing = documented[key].filter((name) => !names(element?.[key]).includes(name));
    expect(missing).toEqual([]);
  });

  test('README.md documents every attribute, public property, event, part and CSS property it holds', () => {
    const publicFields = (element?.members ?? []).filter(
      (m) => m.kind === 'field' && m.privacy === undefined && !m.name.startsWith('_'),
    );
    const declared = [
      ...names(element?.attributes),
      ...names(publicFields),
      ...names(element?.events),
      ...names(element?.cssParts),
      ...names(element?.cssProperties),
    ];
    const missing = declared.filter((name) => !readme.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });
});

// custom-elements.json as @custom-elements-manifest/analyzer writes it (the same analysis as
// `npm run build:manifest`, in memory): it carries the element's API, and the README documents all of it.
import { readFileSync } from 'node:fs';
import * as analyzer from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import { describe, expect, test } from 'vitest';

interface Named {
  name: string;
  description?: string;
}
interface Declaration {
  customElement?: boolean;
  tagName?: string;
  attributes?: (Named & { fieldName?: string })[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  members?: (Named & { privacy?: string; kind: string })[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

// index.js exports create() and its own TypeScript, which its index.d.ts leaves out.
const { create, ts } = analyzer as unknown as {
  create(options: { modules: unknown[]; plugins: unknown[] }): unknown;
  ts: typeof import('typescript');
};

function analyze(paths: string[]): Manifest {
  const modules = paths.map((path) =>
    ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true),
  );
  return create({ modules, plugins: [...litPlugin()] }) as Manifest;
}

const manifest = analyze(['src/element/coauthor-network.ts', 'src/element/index.ts']);
const element = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .find((d) => d.customElement && d.tagName === 'coauthor-network');
const readme = readFileSync('README.md', 'utf8');
const names = (items: Named[] | undefined): string[] => (items ?? []).map((i) => i.name);

describe('the custom elements manifest', () => {
  test('declares <coauthor-network> with the attributes the embed issue lists', () => {
    expect(element).toBeDefined();
    expect(names(element?.attributes)).toEqual(
      expect.arrayContaining(['src', 'view', 'charts', 'theme', 'focus', 'height']),
    );
    for (const attribute of element?.attributes ?? []) expect(attribute.description).toBeTruthy();
  });

  test('carries the events, parts and CSS custom properties from the JSDoc, each described', () => {
    expect(names(element?.events)).toEqual(
      expect.arrayContaining(['coauthor-select', 'coauthor-ready', 'coauthor-error']),
    );
    expect(names(element?.cssParts)).toEqual(
      expect.arrayContaining(['panel', 'charts', 'search', 'toolbar']),
    );
    expect(names(element?.cssProperties).length).toBeGreaterThanOrEqual(8);
    for (const item of [
      ...(element?.events ?? []),
      ...(element?.cssParts ?? []),
      ...(element?.cssProperties ?? []),
    ])
      expect(item.description, item.name).toBeTruthy();
  });

  test('package.json names the manifest and points its exports at the library file and types', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      customElements: string;
      exports: Record<string, { types?: string; import?: string } | string>;
    };
    expect(pkg.customElements).toBe('dist/lib/custom-elements.json');
    expect(pkg.exports['.']).toMatchObject({
      types: './dist/lib/types/element/index.d.ts',
      import: './dist/lib/coauthor-network.js',
    });
  });

  test('the README documents every attribute, public property, event, part and CSS property', () => {
    const publicFields = (element?.members ?? []).filter(
      (m) => m.kind === 'field' && m.privacy === undefined && !m.name.startsWith('_'),
    );
    const documented = [
      ...names(element?.attributes),
      ...names(publicFields),
      ...names(element?.events),
      ...names(element?.cssParts),
      ...names(element?.cssProperties),
    ];
    expect(documented.length).toBeGreaterThan(40);
    const missing = documented.filter((name) => !readme.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });
});

// The library build's size report (vite.config.ts): which part of the file is ours, which each package's.
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { BUNDLER_CODE, moduleGroup, OWN_CODE, splitBySource } from '../../vite.config';

const ROOT = '/work/app';

describe('moduleGroup()', () => {
  test.each([
    { name: 'a module of ours', id: '/work/app/src/graph/build-graph.ts', expected: OWN_CODE },
    {
      name: 'a package',
      id: '/work/app/node_modules/sigma/dist/sigma.esm.js',
      expected: 'sigma',
    },
    {
      name: 'a scoped package',
      id: '/work/app/node_modules/@lit/reactive-element/reactive-element.js',
      expected: '@lit/reactive-element',
    },
    {
      name: 'a copy nested in another package counts for itself',
      id: '/work/app/node_modules/sigma/node_modules/events/events.js',
      expected: 'events',
    },
    {
      name: "the commonjs plugin's proxy of a package",
      id: '\0/work/app/node_modules/events/events.js?commonjs-module',
      expected: 'events',
    },
    { name: 'a helper with no file', id: '\0commonjsHelpers.js', expected: BUNDLER_CODE },
    { name: "vite's preload helper", id: '\0vite/preload-helper.js', expected: BUNDLER_CODE },
    { name: 'a project file outside src/', id: '/work/app/index.html', expected: BUNDLER_CODE },
    {
      name: 'a folder that only starts like src',
      id: '/work/app/srcx/a.ts',
      expected: BUNDLER_CODE,
    },
  ])('$name: $id → $expected', ({ id, expected }) => {
    expect(moduleGroup(id, ROOT)).toBe(expected);
  });
});

describe('splitBySource()', () => {
  const gz = (text: string): number => gzipSync(text, { level: 9 }).length;

  test('sums own code and each package, their code joined as rendered; modules left out are skipped', () => {
    const split = splitBySource(
      {
        '/work/app/src/a.ts': { code: 'const a = 1;' },
        '/work/app/src/b.ts': { code: 'const b = 2;' },
        '/work/app/node_modules/sigma/dist/a.js': { code: 'sigma();' },
        '/work/app/node_modules/sigma/dist/b.js': { code: 'sigma(2);' },
        '/work/app/node_modules/lit-html/lit-html.js': { code: 'html``;' },
        '/work/app/node_modules/d3-selection/src/index.js': { code: null },
        '\0commonjsHelpers.js': { code: '' },
      },
      ROOT,
    );
    expect(split.own).toEqual({
      group: OWN_CODE,
      bytes: 25,
      gzipped: gz('const a = 1;\nconst b = 2;'),
    });
    expect(split.packages).toEqual([
      { group: 'sigma', bytes: 18, gzipped: gz('sigma();\nsigma(2);') },
      { group: 'lit-html', bytes: 7, gzipped: gz('html``;') },
    ]);
    expect(split.dependencies).toEqual({
      group: 'dependencies',
      bytes: 26,
      gzipped: gz('sigma();\nsigma(2);\nhtml``;'),
    });
  });

  test('counts bytes, not characters', () => {
    const split = splitBySource({ '/work/app/src/a.ts': { code: '"—"' } }, ROOT);
    expect(split.own.bytes).toBe(5);
    expect(split.packages).toEqual([]);
    expect(split.dependencies.bytes).toBe(0);
  });
});

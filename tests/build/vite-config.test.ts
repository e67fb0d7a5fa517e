// The library build's own text transforms (vite.config.ts): CSS of Lit templates, sigma's GLSL,
// graphology's and sigma's error messages.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  dropTemplateIndentation,
  minifyCss,
  shrinkGlslStrings,
  SIGMA_HINTS,
  trimGraphologyMessages,
  trimSigmaHints,
} from '../../vite.config';

describe('minifyCss()', () => {
  test.each([
    [':host {\n  display: block;\n  color: red;\n}\n', ':host{display:block;color:red}'],
    ['.a > .b,\n.c {\n  margin: 0 auto; /* note */\n}', '.a>.b,.c{margin:0 auto}'],
    // A descendant pseudo-class keeps its space; a declaration's colon loses it.
    ['.x :hover { a: b }', '.x :hover{a:b}'],
    ['@media (max-width: 600px) {\n  .a { b: c; }\n}', '@media (max-width:600px){.a{b:c}}'],
    // Quoted strings are left exactly as written.
    ["li::after { content: ' ,  ; '; }", "li::after{content:' ,  ; '}"],
    ["grid-template-areas: 'stage'  'charts';", "grid-template-areas:'stage' 'charts';"],
  ])('%j → %j', (input, output) => {
    expect(minifyCss(input)).toBe(output);
  });
});

describe('shrinkGlslStrings()', () => {
  test('drops comments, indentation and blank lines inside GLSL string literals only', () => {
    const code = `const s = "#version 300 es\\n  // a comment\\n\\n  uniform float u; // trailing\\nvoid main() {}";
const t = "  not glsl  \\n  kept";`;
    expect(shrinkGlslStrings(code))
      .toBe(`const s = "#version 300 es\\nuniform float u;\\nvoid main() {}";
const t = "  not glsl  \\n  kept";`);
  });
});

describe('dropTemplateIndentation()', () => {
  test('drops the indentation after line breaks in template text, nested templates included', () => {
    const code = 'const a = html`\n    <p>${x ? html`\n      <b>y</b>` : "\\n    kept"}</p>\n  `;';
    expect(dropTemplateIndentation(code)).toBe(
      'const a = html`\n<p>${x ? html`\n<b>y</b>` : "\\n    kept"}</p>\n`;',
    );
  });

  test('leaves code outside templates, and templates without indentation, as they are', () => {
    const code = 'if (a) {\n    b(`x ${c}\ty`);\n}';
    expect(dropTemplateIndentation(code)).toBe(code);
  });
});

describe('trimGraphologyMessages()', () => {
  const file = createRequire(import.meta.url)
    .resolve('graphology')
    .replace(/[^/\\]+$/, 'graphology.mjs');
  const code = readFileSync(file, 'utf8');
  const messages = (text: string): string[] => text.match(/'Graph\.\w+: [^']*'/g) ?? [];

  test("keeps the method and the fault of graphology's long usage errors, and every other byte", () => {
    const trimmed = trimGraphologyMessages(code);
    const [before, after] = [messages(code), messages(trimmed)];
    expect(after).toHaveLength(before.length);
    const changed = after.filter((message, i) => message !== before[i]);
    expect(changed).toHaveLength(16);
    expect(changed).toContain("'Graph.import: invalid nodes.'");
    expect(changed).toContain("'Graph.reduceNodes: missing initial value.'");
    // Each is the start of the message it replaces.
    for (const [i, message] of after.entries()) {
      expect(before[i]!.startsWith(message.slice(0, -2))).toBe(true);
    }
    // Outside those literals nothing changed.
    expect(trimmed.split(/'Graph\.\w+: [^']*'/)).toEqual(code.split(/'Graph\.\w+: [^']*'/));
  });

  test('stops the build when graphology has another number of such messages (an upgrade)', () => {
    expect(() =>
      trimGraphologyMessages("throw new Error('Graph.x: bad. Use y instead.');"),
    ).toThrow(/1 error explanations found, 16 expected/);
  });
});

describe('trimSigmaHints()', () => {
  const dir = createRequire(import.meta.url)
    .resolve('sigma')
    .replace(/[^/\\]+$/, '');
  const code = readdirSync(dir)
    .filter((name) => name.endsWith('.esm.js'))
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join('\n');
  const count = (text: string, part: string): number => text.split(part).length - 1;

  test("cuts the hints after sigma's errors, keeping the errors' first sentences and all else", () => {
    const trimmed = trimSigmaHints(code);
    // sigma 4.0.4 has each (a sigma without them would make the trim pointless).
    const counts = SIGMA_HINTS.map((hint) => count(code, hint));
    expect(counts).toEqual([3, 2, 1]);
    for (const hint of SIGMA_HINTS) expect(count(trimmed, hint)).toBe(0);
    for (const error of [
      '"Invalid attempt to spread non-iterable instance."',
      '"Invalid attempt to destructure non-iterable instance."',
      '"Invalid attempt to iterate non-iterable instance."',
      '"Sigma: Container has no width."',
      '"Sigma: Container has no height."',
      '"Sigma: `enableNodeDrag` is true but position attribute names could not be inferred from styles. ")',
    ]) {
      expect(count(trimmed, error)).toBe(1);
    }
    // Nothing else changed.
    expect(trimmed.length).toBe(
      code.length - SIGMA_HINTS.reduce((sum, hint, i) => sum + hint.length * counts[i]!, 0),
    );
  });
});

// The library build's own text transforms (vite.config.ts): CSS of Lit templates and sigma's GLSL.
import { describe, expect, test } from 'vitest';
import { dropTemplateIndentation, minifyCss, shrinkGlslStrings } from '../../vite.config';

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

// The lint rules that keep profile text out of HTML sinks: each sink in a sample is reported.
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const SINKS = `
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { unsafeStatic } from 'lit/static-html.js';
import { select } from 'd3-selection';
declare const text: string;
const el = document.createElement('div');
el.innerHTML = text;
el.outerHTML = text;
el.insertAdjacentHTML('beforeend', text);
document.write(text);
(document.createElement('iframe') as HTMLIFrameElement).srcdoc = text;
select(el).html(text);
new DOMParser().parseFromString(text, 'text/html');
document.createRange().createContextualFragment(text);
const link = 'javascript:void 0';
export { unsafeHTML, unsafeSVG, unsafeStatic, link };
`;

const SAFE = `
import { html } from 'lit';
import { select } from 'd3-selection';
declare const text: string;
const el = document.createElement('div');
el.textContent = text;
select(el).text(text);
export const view = html\`<p>\${text}</p>\`;
`;

async function problems(code: string): Promise<string[]> {
  const [result] = await new ESLint().lintText(code, { filePath: 'src/element/sink-sample.ts' });
  return result!.messages.map((m) => `${m.line}:${m.ruleId}`);
}

describe('eslint.config.js bans HTML sinks', () => {
  test('every sink in the sample is an error, each on its line', async () => {
    expect(await problems(SINKS)).toEqual([
      '2:no-restricted-imports',
      '3:no-restricted-imports',
      '4:no-restricted-imports',
      '8:no-restricted-properties',
      '9:no-restricted-properties',
      '10:no-restricted-properties',
      '11:no-restricted-properties',
      '12:no-restricted-properties',
      '13:no-restricted-syntax',
      '14:no-restricted-syntax',
      '15:no-restricted-properties',
      '16:no-script-url',
    ]);
  }, 30_000);

  test('text bindings pass', async () => {
    expect(await problems(SAFE)).toEqual([]);
  }, 30_000);
});

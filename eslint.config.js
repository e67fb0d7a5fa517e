// Lint rules: typescript-eslint's recommended set, plus bans on HTML sinks for untrusted text.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'custom-elements.json',
      'tests/.artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Profile text is untrusted: render it as text.' },
        { property: 'outerHTML', message: 'Profile text is untrusted: render it as text.' },
        {
          property: 'insertAdjacentHTML',
          message: 'Profile text is untrusted: render it as text.',
        },
        {
          property: 'srcdoc',
          message: 'Profile text is untrusted: never build documents from it.',
        },
        {
          property: 'createContextualFragment',
          message: 'Profile text is untrusted: render it as text.',
        },
        { object: 'document', property: 'write', message: 'Never write markup into the page.' },
        { object: 'document', property: 'writeln', message: 'Never write markup into the page.' },
      ],
      // d3's selection.html(...) parses markup: use .text(...).
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='html'][arguments.length>0]",
          message: 'selection.html() parses markup; profile text goes through .text().',
        },
        {
          selector: "NewExpression[callee.name='DOMParser']",
          message: 'Profile text is untrusted: never parse it as markup.',
        },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'lit/directives/unsafe-html.js',
              message: 'Never render profile text as HTML.',
            },
            {
              name: 'lit/directives/unsafe-svg.js',
              message: 'Never render profile text as SVG markup.',
            },
            {
              name: 'lit/directives/unsafe-mathml.js',
              message: 'Never render profile text as MathML markup.',
            },
            {
              name: 'lit/static-html.js',
              importNames: ['unsafeStatic'],
              message: 'Never build templates from profile text.',
            },
            {
              name: 'lit-html/directives/unsafe-html.js',
              message: 'Never render profile text as HTML.',
            },
            { name: 'd3', message: 'Import single d3 modules (d3-scale, d3-axis, ...).' },
          ],
        },
      ],
    },
  },
);

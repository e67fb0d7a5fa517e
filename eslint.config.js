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
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'lit/directives/unsafe-html.js',
              message: 'Never render profile text as HTML.',
            },
            { name: 'd3', message: 'Import single d3 modules (d3-scale, d3-axis, ...).' },
          ],
        },
      ],
    },
  },
);

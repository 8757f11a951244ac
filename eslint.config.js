// @ts-check
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', '.tmp/', 'test/fixtures/', 'public/', 'scripts/transkripsi/'] },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain library is pure: no site framework, no charts, no UI. (STYLE.md, principle 1)
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['astro', 'astro:*', 'astro/*', '@astrojs/*'], message: 'src/lib must not import Astro.' },
            { group: ['chart.js', 'chart.js/*'], message: 'src/lib must not import chart.js.' },
          ],
        },
      ],
      // Money and percentages are decimal.js; parseFloat on a figure is a bug waiting to happen.
      'no-restricted-globals': ['error', { name: 'parseFloat', message: 'Use decimal.js for figures.' }],
      'no-restricted-properties': [
        'error',
        { object: 'Number', property: 'parseFloat', message: 'Use decimal.js for figures.' },
        { object: 'Math', property: 'round', message: 'Round with decimal.js (toDecimalPlaces).' },
      ],
    },
  },
);

// ESLint for livelift: the recommended JavaScript and typescript-eslint rules over src/, test/ and
// scripts/, plus the few rules our standards name (no Math.random: randomness is seeded; no
// console in src outside the CLI and the bench, which own the terminal).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'reports/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { process: 'readonly', console: 'readonly', URL: 'readonly', structuredClone: 'readonly' } },
    rules: {
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Randomness is seeded: take an Rng from createStream.' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Coefficients are quoted digit for digit as their sources print them (Wichura's AS 241,
    // Cody's CALERF, fdlibm), so a reader can check them against the source.
    files: ['src/stats/distributions/**/*.ts', 'src/math/**/*.ts'],
    rules: { 'no-loss-of-precision': 'off' },
  },
);

// Lint rules, including Heard's import boundaries (test/lint/boundaries-rule.js): features never import each other,
// screens never touch storage, models stay pure, kits know no domain, only storage/ imports dexie, only api/ talks to
// the server, and app, server and shared stay apart. The rule resolves every import and reads the features from the
// folders, and test/lint/boundaries.test.ts checks that it still rejects a fixture for each of these.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import heard from './test/lint/boundaries-rule.js';

/**
 * Known boundary violations, `<file> -> <target>` (target: a resolved file, a package, or `fetch`), let through while
 * files move to their rooms. This list only shrinks, and is meant to be empty.
 */
export const KNOWN_BOUNDARY_VIOLATIONS = [];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'dev-dist', 'test/lint/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // Heard's default survey round is the server's to publish (its seed); phones get definitions in the pull, so the
      // defaults' words in every language never weigh on the app's bundle.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/survey/defaults', '**/survey/defaults/**'],
              message: 'Survey definitions reach the phone through the pull, not the bundle.',
            },
          ],
        },
      ],
    },
  },
  {
    // `**/src/**` so the lint's fixture tree (test/lint/fixtures/src, ignored above) is checked the same way by its test.
    files: ['**/src/**/*.{ts,tsx}'],
    plugins: { heard },
    rules: { 'heard/boundaries': ['error', { allow: KNOWN_BOUNDARY_VIOLATIONS }] },
  },
);

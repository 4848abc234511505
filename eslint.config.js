// Lint rules, including the import boundaries: features never import each other, only storage/ imports dexie,
// only api/ talks to the server.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['wall', 'feed', 'polls', 'mine', 'safety', 'staff', 'join', 'surveys', 'requests', 'offer'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'dev-dist'] },
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
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'Only src/app/storage may import dexie.' },
            { name: 'dexie-react-hooks', message: 'Only src/app/storage may import dexie-react-hooks.' },
          ],
          patterns: [{ group: ['**/server/**'], message: 'The app never imports server code.' }],
        },
      ],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Only src/app/api may call the server.' }],
    },
  },
  {
    files: ['src/app/storage/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/app/api/**', 'src/app/sw/**'],
    rules: { 'no-restricted-globals': 'off' },
  },
  ...FEATURES.map((feature) => ({
    files: [`src/app/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'Only src/app/storage may import dexie.' },
            { name: 'dexie-react-hooks', message: 'Only src/app/storage may import dexie-react-hooks.' },
          ],
          patterns: [
            {
              group: FEATURES.filter((f) => f !== feature).map((f) => `**/features/${f}/**`),
              message: 'Features never import each other: move shared things to src/shared, ui/ or shell/.',
            },
            { group: ['**/server/**'], message: 'The app never imports server code.' },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/app/**', '**/server/**'], message: 'src/shared imports nothing from app/ or server/.' }] },
      ],
    },
  },
  {
    files: ['src/server/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/app/**'], message: 'The server never imports app code.' }] }],
    },
  },
);

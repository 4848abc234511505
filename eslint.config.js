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
export const KNOWN_BOUNDARY_VIOLATIONS = [
  'src/app/features/admin/manifest.tsx -> src/app/features/staff/components/accounts-page.tsx',
  'src/app/features/admin/manifest.tsx -> src/app/features/staff/components/audit-page.tsx',
  'src/app/features/admin/manifest.tsx -> src/app/features/staff/components/council-page.tsx',
  'src/app/features/feed/components/feed-list.tsx -> src/app/storage/db.ts',
  'src/app/features/feed/components/feed-list.tsx -> src/app/storage/live.ts',
  'src/app/features/feed/components/mine-page.tsx -> src/app/storage/db.ts',
  'src/app/features/feed/components/mine-page.tsx -> src/app/storage/live.ts',
  'src/app/features/feed/components/mine-page.tsx -> src/app/storage/rows.ts',
  'src/app/features/feed/components/mine-page.tsx -> src/app/storage/take-back.ts',
  'src/app/features/feed/components/names-page.tsx -> src/app/storage/db.ts',
  'src/app/features/feed/components/names-page.tsx -> src/app/storage/live.ts',
  'src/app/features/feed/components/names-page.tsx -> src/app/storage/safety-terms.ts',
  'src/app/features/feed/manifest.tsx -> src/app/features/staff/components/feed-page.tsx',
  'src/app/features/feed/manifest.tsx -> src/app/features/staff/components/log-page.tsx',
  'src/app/features/feed/manifest.tsx -> src/app/features/staff/components/themes-page.tsx',
  'src/app/features/feed/model/feed-model.ts -> src/app/storage/rows.ts',
  'src/app/features/polls/manifest.ts -> src/app/features/feed/components/feed-page.tsx',
  'src/app/features/polls/manifest.ts -> src/app/features/staff/components/polls-page.tsx',
  'src/app/features/privacy/components/privacy-page.tsx -> src/app/storage/live.ts',
  'src/app/features/safeguarding/manifest.ts -> src/app/features/staff/components/safeguarding-page.tsx',
  'src/app/features/safeguarding/manifest.ts -> src/app/features/staff/components/safety-words-page.tsx',
  'src/app/features/wall/components/prompt-page.tsx -> src/app/storage/db.ts',
  'src/app/features/wall/components/prompt-page.tsx -> src/app/storage/live.ts',
  'src/app/features/wall/components/prompt-page.tsx -> src/app/storage/safety-terms.ts',
  'src/app/features/wall/components/wall-page.tsx -> src/app/storage/db.ts',
  'src/app/features/wall/components/wall-page.tsx -> src/app/storage/live.ts',
  'src/app/features/wall/manifest.ts -> src/app/features/staff/components/moderation-page.tsx',
  'src/app/features/wall/manifest.ts -> src/app/features/staff/components/prompts-page.tsx',
  'src/app/features/wall/model/wall-model.ts -> src/app/storage/rows.ts',
  'src/app/routes.tsx -> src/app/features/feed/components/feed-page.tsx',
  'src/app/routes.tsx -> src/app/features/privacy/components/privacy-page.tsx',
  'src/app/routes.tsx -> src/app/features/wall/components/wall-page.tsx',
  'src/app/shell/app.tsx -> src/app/features/join/components/join-page.tsx',
  'src/app/shell/app.tsx -> src/app/features/staff/components/staff-app.tsx',
  'src/app/shell/app.tsx -> src/app/storage/db.ts',
  'src/app/shell/app.tsx -> src/app/storage/live.ts',
  'src/app/shell/language-picker.tsx -> src/app/storage/meta.ts',
  'src/app/shell/news.ts -> src/app/storage/db.ts',
  'src/app/shell/news.ts -> src/app/storage/live.ts',
  'src/app/shell/news.ts -> src/app/storage/rows.ts',
  'src/app/shell/privacy-notice.tsx -> src/app/storage/db.ts',
  'src/app/shell/privacy-notice.tsx -> src/app/storage/live.ts',
  'src/app/shell/privacy-notice.tsx -> src/app/storage/meta.ts',
  'src/app/shell/quick-exit.ts -> src/app/storage/drafts.ts',
  'src/app/shell/safeguarding-note.tsx -> src/app/storage/db.ts',
  'src/app/shell/safeguarding-note.tsx -> src/app/storage/live.ts',
  'src/app/shell/safety-help.tsx -> src/app/storage/db.ts',
  'src/app/shell/safety-help.tsx -> src/app/storage/live.ts',
  'src/app/shell/sent-message.tsx -> src/app/storage/db.ts',
  'src/app/shell/sent-message.tsx -> src/app/storage/live.ts',
  'src/app/shell/status-bar.tsx -> src/app/storage/db.ts',
  'src/app/shell/status-bar.tsx -> src/app/storage/live.ts',
  'src/app/shell/status-bar.tsx -> src/app/storage/outbox.ts',
  'src/app/shell/sync-runtime.ts -> src/app/storage/outbox.ts',
  'src/server/cli/staff-create.ts -> src/server/features/staff/accounts.ts',
  'src/server/cli/staff-create.ts -> src/server/features/staff/join-code.ts',
  'src/server/db/seed.ts -> src/server/features/feed/seed.ts',
  'src/server/db/seed.ts -> src/server/features/wall/seed.ts',
  'src/server/features/feed/sync.ts -> src/server/features/wall/map.ts',
  'src/server/routes.ts -> src/server/features/council/routes.ts',
  'src/server/routes.ts -> src/server/features/feed/routes.ts',
  'src/server/routes.ts -> src/server/features/safeguarding/routes.ts',
  'src/server/routes.ts -> src/server/features/safety-terms/routes.ts',
  'src/server/routes.ts -> src/server/features/staff/routes.ts',
  'src/server/routes.ts -> src/server/features/wall/routes.ts',
  'src/server/sync/registry.ts -> src/server/features/council/sync.ts',
  'src/server/sync/registry.ts -> src/server/features/feed/sync.ts',
  'src/server/sync/registry.ts -> src/server/features/wall/sync.ts',
  'src/server/sync/registry.ts -> src/server/features/wall/withdraw.ts',
];

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
    },
  },
  {
    // `**/src/**` so the lint's fixture tree (test/lint/fixtures/src, ignored above) is checked the same way by its test.
    files: ['**/src/**/*.{ts,tsx}'],
    plugins: { heard },
    rules: { 'heard/boundaries': ['error', { allow: KNOWN_BOUNDARY_VIOLATIONS }] },
  },
);

/// <reference types="vitest/config" />
// Builds the PWA (young person's shell + lazy staff chunk + service worker) and configures the test projects.
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type Rollup } from 'vite';

type OutputChunk = Rollup.OutputChunk;
import { VitePWA } from 'vite-plugin-pwa';

const THEME = '#1d4e89';

// How the young person's code is cut into files. Left to itself the bundler makes a file of every set of modules that
// a different set of screens shares: a first visit to a join link asked for 60 files, most of them 1–2 KB, and on a
// slow phone network each costs a round trip (browsers open at most six connections to a server over HTTP/1.1). These
// groups keep what is always loaded together in one file:
const sep = '[\\\\/]';
const inPath = (...parts: string[]) => new RegExp(parts.join(sep));
/** A young person's words: one file per language for all the namespaces the first screen loads (src/app/namespaces.ts). */
const WORDS = inPath('', 'locales', '([^\\\\/]+)', '[^\\\\/]+\\.json$');
/** The staff area's words stay in files of their own: a young person's phone never loads them. */
const STAFF_WORDS = inPath('', '(staff|[a-z-]+-staff|survey-authoring|survey-iro|survey-results)\\.json$');
/** Small rules and limits without zod, which the survey runner needs (it must not bring the contracts with it). */
const BASICS = [
  inPath('', 'src', 'shared', '(text-limits|pick-text|seeded-random)\\.ts$'),
  inPath('', 'src', 'shared', 'safety', 'categories\\.ts$'),
  inPath('', 'src', 'shared', 'survey', '(rules|keeps|answer-words)\\.ts$'),
  inPath('', 'src', 'shared', 'requests', '(stage-clock|bank-holidays|bank-holidays-snapshot)\\.ts$'),
];
/** The contracts (zod and the shared schemas a phone reads answers with) and the API client. */
const CONTRACTS = [
  inPath('', 'node_modules', 'zod', ''),
  inPath('', 'src', 'shared', '(council|feed|ids|my-items|offer|poll|protocol|safety-terms|text|wall)\\.ts$'),
  inPath('', 'src', 'shared', 'requests', '(clock|request)\\.ts$'),
  inPath('', 'src', 'shared', 'survey', '(authoring|definition|response)\\.ts$'),
  inPath('', 'src', 'app', 'api', '(client|request)\\.ts$'),
];
/** The phone's database (Dexie) and the sync engine, which every screen of a joined phone needs. */
const STORAGE = [inPath('', 'node_modules', '(dexie|dexie-react-hooks)', ''), inPath('', 'src', 'app', '(storage|sync)', '')];
const matches = (patterns: RegExp[]) => (id: string) => patterns.some((re) => re.test(id));

/**
 * What a phone opening a join link (/join/<code>) loads before home is drawn, besides index.html's own files: the join
 * screen, the API client and its contracts (to read the join's answer), the database, home's cards and the English
 * words. `join.html` (index.html with these asked for at once) is what the server sends for /join/... addresses:
 * otherwise they are asked for only after index.html's script has run, and on a slow phone the network waits idle
 * while it runs. test/e2e/join-link.test.ts fails when a file the link loads before home is not in this list.
 */
const JOIN_LINK_LOADS = [
  inPath('', 'src', 'app', 'features', 'join', 'components', 'join-page\\.tsx$'),
  inPath('', 'src', 'app', 'api', 'client\\.ts$'),
  inPath('', 'src', 'app', 'storage', 'db\\.ts$'),
  inPath('', 'src', 'app', 'features', 'surveys', 'components', 'pulse-card\\.tsx$'),
  inPath('', 'locales', 'en', 'common\\.json$'),
];

/**
 * Emits join.html: index.html with JOIN_LINK_LOADS's files (and what they import) preloaded. Not the font: main.tsx asks
 * for it as it starts, and asked for by the page too it takes the network from index.html's own script.
 */
function joinLinkPage(): Plugin {
  return {
    name: 'heard-join-link-page',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset') return;
      const html = String(index.source);
      const chunks = Object.values(bundle).filter((f): f is OutputChunk => f.type === 'chunk');
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const loaded = new Set(chunks.filter((c) => html.includes(`/${c.fileName}"`)).flatMap((c) => [c.fileName, ...c.imports]));
      const scripts = new Set<string>();
      const styles = new Set<string>();
      const add = (chunk: OutputChunk) => {
        if (loaded.has(chunk.fileName) || scripts.has(chunk.fileName)) return;
        scripts.add(chunk.fileName);
        for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
        for (const file of chunk.imports) {
          const imported = byFile.get(file);
          if (imported) add(imported);
        }
      };
      for (const pattern of JOIN_LINK_LOADS) {
        const chunk = chunks.find((c) => c.moduleIds.some((id) => pattern.test(id)));
        if (!chunk) this.error(`join.html: no chunk holds ${pattern}`);
        add(chunk);
      }
      const links = [
        ...[...styles].map((file) => `<link rel="preload" as="style" crossorigin href="/${file}">`),
        ...[...scripts].map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
      ];
      this.emitFile({ type: 'asset', fileName: 'join.html', source: html.replace('</head>', `${links.join('\n    ')}\n  </head>`) });
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    joinLinkPage(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/app/sw',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Heard',
        short_name: 'Heard',
        description: 'Say what you think. See what changed.',
        theme_color: THEME,
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        // Fonts too (woff2), so a phone offline draws Heard in its own font.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2}'],
        // The staff results' chart library (about 65 KB gzip) is not sent to every phone: staff read results online,
        // and the tables beside the charts carry the same figures.
        // join.html is only ever the server's answer to a first visit of a join link (the service worker serves the
        // app's index.html for every page once it is in control).
        globIgnores: ['**/draw-answers-chart-*.js', 'join.html'],
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    outDir: 'dist',
    sourcemap: false,
    target: 'es2020',
    // A font is always its own woff2 file (fetched by the CSS that needs it, cached by the service worker), never data
    // inside CSS or JavaScript; test/e2e/bundle-budget.test.ts holds the build to it.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf|eot)$/.test(file) ? false : undefined),
    rolldownOptions: {
      output: {
        codeSplitting: {
          // A higher priority takes its modules first; a group also takes the modules its own modules import.
          groups: [
            // Everything index.html loads, in one file (test/e2e/bundle-budget.test.ts holds it to its budget).
            { name: 'shell', tags: ['$initial'], priority: 4 },
            {
              name: (id) => {
                const language = WORDS.exec(id)?.[1];
                return language && !STAFF_WORDS.test(id) ? `words-${language}` : null;
              },
              priority: 3,
            },
            { name: 'basics', test: matches(BASICS), priority: 3 },
            { name: 'contracts', test: matches(CONTRACTS), priority: 2 },
            { name: 'storage', test: matches(STORAGE), priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit-app',
          environment: 'jsdom',
          // A screen test clicks through many steps in jsdom; on a busy 2-core CI machine some take 3–5 s, so the
          // default 5 s would fail them on load alone. A wrong answer still fails at once.
          testTimeout: 15_000,
          include: ['src/app/**/*.test.{ts,tsx}', 'src/shared/**/*.test.ts'],
          setupFiles: ['test/fixtures/setup-app.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'unit-server', environment: 'node', include: ['src/server/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'lint', environment: 'node', include: ['test/lint/**/*.test.ts'], testTimeout: 180_000 },
      },
      {
        extends: true,
        test: {
          name: 'property',
          environment: 'jsdom',
          include: ['test/chaos/**/*.test.ts'],
          setupFiles: ['test/fixtures/setup-app.ts'],
          globalSetup: ['test/fixtures/postgres-global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'api',
          environment: 'node',
          include: ['test/api/**/*.test.ts'],
          globalSetup: ['test/fixtures/postgres-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

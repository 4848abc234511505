/// <reference types="vitest/config" />
// Builds the PWA (young person's shell + lazy staff chunk + service worker) and configures the test projects.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const THEME = '#1d4e89';

export default defineConfig({
  plugins: [
    react(),
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
        globIgnores: ['**/draw-answers-chart-*.js'],
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

import { defineConfig, devices } from '@playwright/test';
import { OUTBOX_DIR } from './tests/outbox';

// Debian's Chromium, never a downloaded browser. These flags keep it quiet on a machine with no
// internet and let it run as root.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

// Overridable so two runs on one machine (two developers) do not collide: ports, and the build
// each preview serves (E2E_ADMIN_OUT_DIR / E2E_PUBLIC_OUT_DIR, as built with BLK_OUT_DIR).
const API_PORT = Number(process.env.E2E_API_PORT ?? 4100);
const PUBLIC_PORT = Number(process.env.E2E_PUBLIC_PORT ?? 4273);
const ADMIN_PORT = Number(process.env.E2E_ADMIN_PORT ?? 4274);
const apiUrl = `http://127.0.0.1:${API_PORT}`;

export default defineConfig({
  testDir: './tests',
  outputDir: process.env.E2E_OUTPUT_DIR ?? './test-results',
  // Journeys on a busy 2-core machine: a whole journey may take minutes, and each wait is on
  // what the user waits for (a heading, a status), never a fixed sleep.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.E2E_REPORT_FILE ?? 'reports/playwright.json' }],
  ],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure', launchOptions: chromium },
  projects: [
    {
      name: 'public-phone',
      use: { ...devices['Pixel 7'], baseURL: `http://127.0.0.1:${PUBLIC_PORT}` },
      testMatch: /public\..*\.spec\.ts/,
    },
    {
      // Journeys across people: each test opens its own contexts on both apps.
      name: 'journey',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${ADMIN_PORT}` },
      testMatch: /journey\..*\.spec\.ts/,
    },
    {
      name: 'admin-desktop',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${ADMIN_PORT}` },
      testMatch: /admin\..*\.spec\.ts/,
    },
  ],
  webServer: [
    {
      // A throwaway in-memory database: every e2e run starts from migrations and the seed.
      command: 'pnpm --filter @blk/api exec tsx src/main.ts',
      env: {
        PORT: String(API_PORT),
        BLK_PGLITE_DIR: 'memory://',
        BLK_SEED_DEMO: '1',
        BLK_OUTBOX_DIR: OUTBOX_DIR,
        BLK_OUTBOX_POLL_MS: '500',
        BLK_PUBLIC_URL: `http://127.0.0.1:${PUBLIC_PORT}`,
      },
      url: `${apiUrl}/readyz`,
      // A loaded machine (parallel builds) can take longer to migrate and seed the database:
      // over two minutes was seen on a busy 2-core machine.
      timeout: Number(process.env.E2E_SERVER_TIMEOUT_MS ?? 300_000),
      reuseExistingServer: false,
    },
    {
      command: 'pnpm --filter @blk/public preview',
      env: {
        PORT: String(PUBLIC_PORT),
        BLK_API_URL: apiUrl,
        BLK_OUT_DIR: process.env.E2E_PUBLIC_OUT_DIR ?? 'dist',
      },
      url: `http://127.0.0.1:${PUBLIC_PORT}`,
      reuseExistingServer: false,
    },
    {
      command: 'pnpm --filter @blk/admin preview',
      env: {
        PORT: String(ADMIN_PORT),
        BLK_API_URL: apiUrl,
        BLK_OUT_DIR: process.env.E2E_ADMIN_OUT_DIR ?? 'dist',
      },
      url: `http://127.0.0.1:${ADMIN_PORT}`,
      reuseExistingServer: false,
    },
  ],
});

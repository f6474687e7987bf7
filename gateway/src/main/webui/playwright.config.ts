import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests against a running suite (PORTAL_URL; deploy/e2e's WebClientJourneyTest starts the
 * packaged services and runs these). Debian's Chromium, never a downloaded browser. Screenshots
 * and traces go to PLAYWRIGHT_OUTPUT (default: the gateway's target/playwright).
 */
const output = process.env.PLAYWRIGHT_OUTPUT ?? '../../../target/playwright';
const chromium = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
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

export default defineConfig({
  testDir: 'e2e',
  outputDir: `${output}/results`,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: Number(process.env.PLAYWRIGHT_WORKERS ?? 2),
  retries: 0,
  reporter: [['list'], ['html', { outputFolder: `${output}/report`, open: 'never' }]],
  use: {
    baseURL: process.env.PORTAL_URL ?? 'http://localhost:8080',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromium,
    timezoneId: 'Asia/Kuala_Lumpur',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, launchOptions: chromium } },
    {
      name: 'phone',
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, launchOptions: chromium },
    },
  ],
});

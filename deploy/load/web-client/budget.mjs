// The web client's performance budget, measured in Debian's Chromium against a running suite:
// the JavaScript the first page loads (gzip, as a server would send it) and the time from
// navigation until the call list can be used, cold cache each time, median of five.
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

const require = createRequire(new URL('../../../gateway/src/main/webui/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const portal = process.argv[2] ?? 'http://localhost:8080';
const runs = Number(process.env.RUNS ?? 5);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

const timings = [];
let scripts = [];
for (let run = 0; run < runs; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  const loaded = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') {
      loaded.push(response.body().then((body) => ({ url: new URL(response.url()).pathname, raw: body.length, gzip: gzipSync(body).length })));
    }
  });
  const started = Date.now();
  await page.goto(`${portal}/calls`);
  // usable: the first call's link is on screen and the list is no longer loading
  await page.locator('.cards a').first().waitFor({ state: 'visible', timeout: 30_000 });
  timings.push(Date.now() - started);
  if (run === 0) scripts = await Promise.all(loaded);
  await context.close();
}
await browser.close();

const sorted = [...timings].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
const gzipTotal = scripts.reduce((sum, s) => sum + s.gzip, 0);
console.log(`First page (/calls) JavaScript: ${scripts.length} files, ${(gzipTotal / 1024).toFixed(1)} KB gzip (budget 150 KB)`);
for (const s of scripts.sort((a, b) => b.gzip - a.gzip)) {
  console.log(`  ${(s.gzip / 1024).toFixed(1).padStart(6)} KB gzip  ${(s.raw / 1024).toFixed(1).padStart(7)} KB raw  ${s.url}`);
}
console.log(`Call list usable after navigation: median ${median} ms of ${runs} cold loads (${timings.join(', ')} ms; budget 1000 ms)`);
process.exit(gzipTotal <= 150 * 1024 && median <= 1000 ? 0 : 1);

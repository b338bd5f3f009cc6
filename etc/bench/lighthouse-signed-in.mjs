// Lighthouse on a signed-in page, as a person who has just signed in sees it: Chromium with a profile whose cookie jar
// holds the session (signed in through the API by the browser itself, so the cookies are the browser's own), then
// Lighthouse attaches to that browser and keeps its storage. Headers injected from outside do not work: the first
// answer that sets a cookie makes Chromium send its own jar instead, and the page's API calls answer 401.
//   node etc/bench/lighthouse-signed-in.mjs <base url> <page path> <report.json> <sign-in JSON body>
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const [base, pagePath, report, signIn] = process.argv.slice(2);
const angular = new URL('../../angular/', import.meta.url).pathname;
const { chromium } = createRequire(path.join(angular, 'package.json'))('playwright-core');

const port = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = server.address();
    server.close(() => resolve(free));
  });
});
const profile = await mkdtemp(path.join(os.tmpdir(), 'msaas-lh-profile-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', `--remote-debugging-port=${port}`],
});
try {
  const answer = await context.request.post(`${base}/api/account/sign-in`, { data: JSON.parse(signIn) });
  if (answer.status() !== 204) throw new Error(`sign-in answered ${answer.status()}`);
  // Asynchronously: Playwright holds each new tab until it has attached to it, so this process must keep answering.
  const lighthouse = spawn('npx', ['--prefix', angular, 'lighthouse', `${base}${pagePath}`, '--quiet', '--output=json',
    `--output-path=${report}`, '--only-categories=performance', '--form-factor=mobile', '--throttling-method=provided',
    `--port=${port}`, '--disable-storage-reset'], { stdio: 'inherit' });
  const status = await new Promise((resolve) => lighthouse.on('exit', resolve));
  if (status !== 0) throw new Error(`lighthouse exited with ${status}`);
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
}

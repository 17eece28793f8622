// `npm test`: builds (api and web app), then runs jest (unit, integration, end-to-end), the
// browser tests when a Chromium is found (jest project `browser`, after the others) and vitest
// (the web app's component tests). Arguments go to the first jest run only
// (`npm test -- --selectProjects unit`), and then the browser tests are left out.
// Both always run; the exit code is non-zero when either fails. Without a Chromium it says so
// loudly, and under CI (CI=true) it fails: the browser tests must have run there.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { chromiumPath } = require('./chromium.cjs');
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const artifacts = path.join(root, 'test-artifacts');
mkdirSync(artifacts, { recursive: true });

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status ?? 1;
}

function banner(lines) {
  const bar = '!'.repeat(78);
  process.stderr.write(`\n${bar}\n${lines.map((l) => `!!  ${l}`).join('\n')}\n${bar}\n\n`);
}

if (run('node', ['scripts/build.mjs']) !== 0) process.exit(1);

const chromium = chromiumPath();
if (!chromium) {
  banner([
    'NO CHROMIUM: the browser tests (apps/web/e2e) are SKIPPED.',
    "Install Debian's Chromium and run npm test again:",
    '    apt-get update && apt-get install -y chromium',
    'or point CHROMIUM_PATH at a Chromium binary. Nothing is downloaded by npm.',
  ]);
} else {
  process.stderr.write(`browser tests: ${chromium}\n`);
}

const jestResults = path.join(artifacts, 'jest-results.json');
const browserResults = path.join(artifacts, 'jest-browser-results.json');
const vitestResults = path.join(artifacts, 'vitest-results.json');
for (const file of [jestResults, browserResults, vitestResults]) rmSync(file, { force: true });
const extra = process.argv.slice(2);
// The browser tests run after the others, not beside them: a Chromium and an api each on two
// cores would slow the timing-sensitive end-to-end tests (shutdown, the bench smoke test).
const selection = extra.length > 0 ? extra : ['--selectProjects', 'unit', 'int', 'e2e'];
const jestStatus = run('npx', ['jest', '--ci', '--json', `--outputFile=${jestResults}`, ...selection]);
const browserStatus =
  chromium && extra.length === 0
    ? run('npx', ['jest', '--ci', '--selectProjects', 'browser', '--json', `--outputFile=${browserResults}`])
    : 0;
const vitestStatus = run('npx', [
  'vitest',
  'run',
  '--config',
  'apps/web/vitest.config.mts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestResults}`,
]);

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const jest = read(jestResults);
const browser = read(browserResults);
const vitest = read(vitestResults);
const browserTests = browser?.numPassedTests ?? 0;
const passed = (jest?.numPassedTests ?? 0) + browserTests + (vitest?.numPassedTests ?? 0);
const failed = (jest?.numFailedTests ?? 0) + (browser?.numFailedTests ?? 0) + (vitest?.numFailedTests ?? 0);
process.stdout.write(
  `\njest: ${jest?.numPassedTests ?? 0} passed, browser: ${browserTests} passed, vitest: ${vitest?.numPassedTests ?? 0} passed\n`,
);
process.stdout.write(`tests: ${passed} passed, ${failed} failed\n`);

let status = jestStatus !== 0 || browserStatus !== 0 || vitestStatus !== 0 ? 1 : 0;
if (process.env.CI === 'true' && browserTests === 0 && extra.length === 0) {
  banner(['CI: the browser tests did not run (no Chromium, or none passed). Failing.']);
  status = 1;
}
process.exit(status);

// Fast incremental transpile of apps/, libs/ and test/ into dist/ with SWC (no type check:
// `npm run typecheck` does that). Only files newer than their output are compiled, so a
// second `npm start` costs well under a second. Then the web app (apps/web) is built with Vite
// into dist/web when any of its files changed, and its JavaScript budget is checked.
import { createRequire } from 'node:module';
import { promises as fs } from 'node:fs';
import path from 'node:path';

import { formatBudget, measureWebBudget } from './web-budget.mjs';

const require = createRequire(import.meta.url);
const { transformFile } = require('@swc/core');
const { swcOptions, root } = require('./swc-options.cjs');

const sourceDirs = ['apps', 'libs', 'test'];
const outDir = path.join(root, 'dist');
// The web app is bundled by Vite, not transpiled file by file; its browser tests run under jest
// from the sources.
const webDir = path.join(root, 'apps', 'web');
const webOutDir = path.join(outDir, 'web');

async function* walk(dir, accept) {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name === '__snapshots__') continue;
      if (full === webDir || full === webOutDir) continue;
      yield* walk(full, accept);
    } else if (accept(entry.name)) {
      yield full;
    }
  }
}

const isSource = (name) => name.endsWith('.ts') && !name.endsWith('.d.ts');
const isOutput = (name) => name.endsWith('.js');

async function isStale(source, target) {
  try {
    const [s, t] = await Promise.all([fs.stat(source), fs.stat(target)]);
    return s.mtimeMs > t.mtimeMs;
  } catch {
    return true;
  }
}

async function main() {
  const started = Date.now();
  const options = swcOptions({ rewritePaths: true });
  const jobs = [];
  const expected = new Set();
  for (const dir of sourceDirs) {
    for await (const file of walk(path.join(root, dir), isSource)) {
      const rel = path.relative(root, file);
      const target = path.join(outDir, rel.replace(/\.ts$/, '.js'));
      expected.add(target);
      jobs.push(
        (async () => {
          if (!(await isStale(file, target))) return 0;
          const out = await transformFile(file, { ...options, filename: file, sourceFileName: file });
          await fs.mkdir(path.dirname(target), { recursive: true });
          await fs.writeFile(target, `${out.code}\n//# sourceMappingURL=${path.basename(target)}.map`);
          if (out.map) await fs.writeFile(`${target}.map`, out.map);
          return 1;
        })(),
      );
    }
  }
  const compiled = (await Promise.all(jobs)).reduce((a, b) => a + b, 0);
  // Remove outputs whose source is gone, so a deleted module cannot linger in dist.
  for await (const file of walk(outDir, isOutput)) {
    if (!expected.has(file)) await fs.rm(file, { force: true }).then(() => fs.rm(`${file}.map`, { force: true }));
  }
  if (compiled > 0) {
    process.stderr.write(`build: compiled ${compiled} file(s) in ${Date.now() - started} ms\n`);
  }
  await buildWeb();
}

async function newestMtime(dir) {
  let newest = 0;
  const accept = (name) => !name.endsWith('.test.tsx') && !name.endsWith('.test.ts');
  for await (const file of walkWeb(dir, accept)) newest = Math.max(newest, (await fs.stat(file)).mtimeMs);
  return newest;
}

async function* walkWeb(dir, accept) {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'e2e') yield* walkWeb(full, accept);
    } else if (accept(entry.name)) {
      yield full;
    }
  }
}

// Rebuilt only when a file of the app (or the lock file) is newer than the last build.
async function buildWeb() {
  const manifest = path.join(webOutDir, '.vite', 'manifest.json');
  const built = await fs.stat(manifest).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  const lock = await fs.stat(path.join(root, 'package-lock.json')).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  if (built > Math.max(await newestMtime(webDir), lock)) return;
  const started = Date.now();
  const { build } = await import('vite');
  // Always React's production build: Vite takes NODE_ENV from the environment when it is set, and
  // under jest (NODE_ENV=test, when a test's start builds a stale tree) the app came out in
  // React's development build, 319 kB instead of 247, and the build failed its budget.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(webDir, 'vite.config.mts'), logLevel: 'warn', mode: 'production' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  process.stderr.write(`build: web app built in ${Date.now() - started} ms\n`);
  const results = await measureWebBudget(webOutDir);
  process.stderr.write(`${formatBudget(results)}\n`);
  if (results.some((r) => !r.ok)) {
    // Remove the manifest so the next build runs (and fails) again rather than skipping.
    await fs.rm(manifest, { force: true });
    throw new Error('the web app is over its JavaScript budget');
  }
}

main().catch((error) => {
  process.stderr.write(`build failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});

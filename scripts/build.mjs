// Fast incremental transpile of apps/, libs/ and test/ into dist/ with SWC (no type check:
// `npm run typecheck` does that). Only files newer than their output are compiled, so a
// second `npm start` costs well under a second.
import { createRequire } from 'node:module';
import { promises as fs } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { transformFile } = require('@swc/core');
const { swcOptions, root } = require('./swc-options.cjs');

const sourceDirs = ['apps', 'libs', 'test'];
const outDir = path.join(root, 'dist');

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
}

main().catch((error) => {
  process.stderr.write(`build failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});

// The web app's JavaScript budget (issue 15): what the browser must load, gzipped, before the
// sign-in page and the caseload can show. Read from Vite's manifest: the entry chunk plus the
// static imports of every lazy route module on the way, each file counted once. Fails above
// 250 kB; CSS is reported but not part of the budget.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 250 * 1024;

// Each screen and the lazy modules the router loads for it, after the entry.
export const SCREENS = {
  'sign-in page': ['src/session/sign-in-page.tsx'],
  caseload: ['src/shell/authenticated-app.tsx', 'src/caseload/caseload-page.tsx'],
};

function closure(manifest, keys) {
  const files = new Set();
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`web budget: ${key} is not in the build manifest`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const key of keys) visit(key);
  return files;
}

export async function measureWebBudget(webDir) {
  const manifest = JSON.parse(await fs.readFile(path.join(webDir, '.vite', 'manifest.json'), 'utf8'));
  const results = [];
  for (const [screen, modules] of Object.entries(SCREENS)) {
    let js = 0;
    let css = 0;
    for (const file of closure(manifest, ['index.html', ...modules])) {
      const size = gzipSync(await fs.readFile(path.join(webDir, file)), { level: 9 }).length;
      if (file.endsWith('.js')) js += size;
      else if (file.endsWith('.css')) css += size;
    }
    results.push({ screen, js, css, ok: js <= BUDGET_BYTES });
  }
  return results;
}

export function formatBudget(results) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
  return results
    .map(
      (r) =>
        `web budget: ${r.screen}: ${kb(r.js)} JS gzipped (budget ${kb(BUDGET_BYTES)}) ${r.ok ? 'ok' : 'OVER BUDGET'}; CSS ${kb(r.css)}`,
    )
    .join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const webDir = path.resolve(process.argv[2] ?? 'dist/web');
  const results = await measureWebBudget(webDir);
  process.stdout.write(`${formatBudget(results)}\n`);
  if (results.some((r) => !r.ok)) process.exit(1);
}

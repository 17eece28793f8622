// Vite builds apps/web into dist/web, which the api serves at `/`. The dev server
// (`npm run web:dev`) proxies the api's endpoints to a running api (BRYGGA_API, default
// http://localhost:3000), so the app talks to the same origin in both modes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const api = process.env.BRYGGA_API ?? 'http://localhost:3000';

// The api accepts only these operations from browsers when PERSISTED_OPERATIONS says so
// (docs/OPERATIONS.md). The manifest goes beside Vite's own under .vite/, which the api does not
// serve, so a deployment of dist/ carries the very list its app was built with.
const persistedDocuments = fileURLToPath(new URL('src/gql/persisted-documents.json', import.meta.url));
const persistedOperationsManifest: Plugin = {
  name: 'brygga-persisted-operations',
  apply: 'build',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: '.vite/persisted-documents.json',
      source: readFileSync(persistedDocuments, 'utf8'),
    });
  },
};

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), persistedOperationsManifest],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The budget check (scripts/web-budget.mjs) reads the chunk graph from the manifest.
    manifest: true,
    sourcemap: false,
    // Nothing inline: the api's Content Security Policy allows scripts from 'self' only.
    assetsInlineLimit: 0,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: false },
      '/health': { target: api },
      '/auth': { target: api },
      '/retention/archives': { target: api },
    },
  },
});

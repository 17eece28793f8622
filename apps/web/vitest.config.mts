// Component tests (jsdom). Kept apart from jest (api) and from the browser tests in e2e/,
// which jest runs against the real api: only src/**/*.test.tsx is collected here.
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    css: false,
    pool: 'threads',
    maxWorkers: 2,
  },
});

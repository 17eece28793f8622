// Library boundaries (checked by `npm run deps:check`): nothing imports apps/; core libraries
// never import feature libraries; a library is entered only through its index.ts.
module.exports = {
  forbidden: [
    {
      name: 'no-import-of-apps',
      severity: 'error',
      comment: 'Applications compose libraries; nothing may depend on an application.',
      from: { path: '^(libs|test/support)/' },
      to: { path: '^apps/' },
    },
    {
      name: 'core-does-not-import-features',
      severity: 'error',
      comment: 'libs/core/* is the foundation; it must not know the feature libraries.',
      from: { path: '^libs/core/' },
      to: { path: '^libs/(?!core/)' },
    },
    {
      name: 'libraries-only-through-index',
      severity: 'error',
      comment: 'Another library is reached only through its public src/index.ts.',
      from: { path: '^(libs/(core/)?[^/]+)/' },
      to: {
        path: '^libs/(core/)?[^/]+/src/.+',
        pathNot: ['^$1/', '^libs/(core/)?[^/]+/src/index\\.ts$'],
      },
    },
    {
      name: 'apps-use-library-index',
      severity: 'error',
      comment: 'Applications reach libraries only through their public index.ts.',
      from: { path: '^apps/' },
      to: { path: '^libs/(core/)?[^/]+/src/.+', pathNot: '^libs/(core/)?[^/]+/src/index\\.ts$' },
    },
    {
      name: 'web-app-uses-only-the-public-api',
      severity: 'error',
      comment: 'The web app talks to the api over GraphQL only; it never imports api or library code.',
      from: { path: '^apps/web/' },
      to: { path: '^(libs|apps/api)/' },
    },
    {
      name: 'nothing-imports-the-web-app',
      severity: 'error',
      from: { path: '^(libs|apps/api)/' },
      to: { path: '^apps/web/' },
    },
    {
      name: 'web-design-system-through-ui',
      severity: 'error',
      comment: 'Pages reach Aksel only through apps/web/src/ui (also an eslint rule).',
      from: { path: '^apps/web/src/', pathNot: '^apps/web/src/ui/' },
      to: { path: 'node_modules/@navikt/' },
    },
    {
      name: 'no-circular-between-libraries',
      severity: 'error',
      from: { path: '^libs/' },
      to: { circular: true, viaOnly: { path: '^libs/(core/)?[^/]+/src/index\\.ts$' } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // apps/web/e2e is test code (like test/): it boots the api through test/support.
    exclude: { path: ['(^|/)dist/', '\\.(int-|e2e-)?spec\\.ts$', '^apps/web/e2e/'] },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};

// Lint: typescript-eslint with type information, zero warnings allowed (`npm run lint`), plus
// our own rule that every GraphQL operation and HTTP route declares a policy or is public.
// The web app (apps/web/src) is linted with its own tsconfig (DOM, JSX), React's hook rules,
// and a boundary: only apps/web/src/ui may import the design system.
import { createRequire } from 'node:module';

import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const require = createRequire(import.meta.url);
const requireGraphqlPolicy = require('./tools/eslint-rules/require-graphql-policy.cjs');

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.data/**',
      'coverage/**',
      'test-artifacts/**',
      'apps/web/src/gql/**',
      'apps/web/*.mts',
      '**/*.js',
      '**/*.cjs',
      '**/*.mjs',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { brygga: { rules: { 'require-graphql-policy': requireGraphqlPolicy } } },
    rules: {
      'brygga/require-graphql-policy': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // Access rules are pure functions of the principal's facts, which carry the day
    // (PolicySubject.today): a rule that read the clock itself would be cached with the moment
    // its ability was built and keep granting after a consent ended (libs/core/authz/src/ability.ts).
    files: ['libs/**/*.policy.ts', 'libs/core/authz/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Policies take the day from PolicySubject.today, never from the clock.',
        },
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'Policies take the day from PolicySubject.today, never from the clock.',
        },
        {
          selector: 'Literal[value=/now\\(\\)|current_date|current_timestamp|localtimestamp/i]',
          message: 'Access rules must not read the database clock; compare with PolicySubject.today.',
        },
        {
          selector: 'TemplateElement[value.raw=/now\\(\\)|current_date|current_timestamp|localtimestamp/i]',
          message: 'Access rules must not read the database clock; compare with PolicySubject.today.',
        },
      ],
    },
  },
  {
    // Services take "now" from the api's Clock (libs/core/clock), so that every record a
    // request writes carries the instant its rules saw, and a test that moves the clock moves
    // them all. Repositories take the instant as an argument. Security events and the login
    // throttle stay on wall-clock time on purpose (their windows are PostgreSQL's now()).
    files: ['libs/**/*.service.ts', 'libs/**/*.repository.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', 'libs/core/audit/src/security-events.service.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Take the instant from the Clock (this.clock.now()), or as an argument in a repository.',
        },
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'Take the instant from the Clock (this.clock.now()), or as an argument in a repository.',
        },
      ],
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@navikt/*'],
              message: 'Import the design system through apps/web/src/ui, never directly.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/src/ui/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Tests may use non-null assertions on rows they just created.
    files: [
      '**/*.spec.ts',
      '**/*.int-spec.ts',
      '**/*.e2e-spec.ts',
      '**/*.browser-spec.ts',
      '**/*.test.tsx',
      'test/**/*.ts',
    ],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);

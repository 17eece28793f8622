// Shared SWC options for the build and for jest, so compiled and tested code agree.
// Decorator metadata is required by NestJS dependency injection and code-first GraphQL.
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const tsconfig = require(path.join(root, 'tsconfig.json'));

function swcOptions({ rewritePaths }) {
  const jsc = {
    parser: { syntax: 'typescript', decorators: true, dynamicImport: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  };
  if (rewritePaths) {
    jsc.baseUrl = root;
    jsc.paths = tsconfig.compilerOptions.paths;
  }
  return { jsc, module: { type: 'commonjs' }, sourceMaps: true, swcrc: false };
}

module.exports = { swcOptions, root, tsconfig };

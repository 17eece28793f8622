// A codegen preset that writes the web app's typed operations split by the .graphql file that
// declares them (issue 20/15, the JavaScript budget). Codegen's client preset writes every
// document into one module, src/gql/graphql.ts; a bundler places a module in one chunk, so that
// module, imported by the entry and by every lazy page, landed whole in the entry chunk and every
// screen paid for every operation. Here:
//
// - src/gql/graphql.ts holds only types (schema inputs and enums the operations use, every
//   operation's result and variables, every fragment), imported with `import type` and so erased
//   from the bundle;
// - src/gql/<dir>/<name>.ts holds the typed documents of src/<dir>/<name>.graphql, each with its
//   persisted id in `__meta__.hash`, so a document travels in the chunk of the page that imports it
//   (documentIdOf in src/app/transport.ts reads the id; apollo.ts sends it);
// - src/gql/persisted-documents.json is the allow list the build copies for the api
//   (PERSISTED_OPERATIONS, docs/OPERATIONS.md).
//
// The types, documents, ids and allow list are the client preset's: the same plugins
// (typescript-operations, typed-document-node) with codegen.yml's options, and the client
// preset's persisted-document hash (sha256 of the document with the fragments it uses, printed
// by printExecutableGraphQLDocument). When this replaced the client preset, every type, document,
// id and allow-list text came out identical.
//
// Chosen over @graphql-codegen/near-operation-file-preset 5.2.2: it does not set
// typescript-operations 6's `importSchemaTypesFrom`, so each output would repeat the schema types
// it uses; the hash would still need a script config (a function) and the allow list a plugin of
// our own; it moves the types out of the one module the app imports them from; and it brings a
// second @graphql-tools/utils (11). And over a script that cuts the client preset's output after
// the fact: it would parse generated text and fall outside `graphql-codegen --check`. Here
// `npm run web:codegen` writes and `npm run web:codegen:check` (CI) fails when any output is
// stale, or when a generated module's .graphql file is gone.
'use strict';

const { createHash } = require('node:crypto');
const { existsSync, readdirSync } = require('node:fs');
const path = require('node:path');

const addPlugin = require('@graphql-codegen/add');
const typedDocumentNodePlugin = require('@graphql-codegen/typed-document-node');
const typescriptOperationsPlugin = require('@graphql-codegen/typescript-operations');
const { printExecutableGraphQLDocument } = require('@graphql-tools/documents');
const { Kind, visit } = require('graphql');

const ESLINT_DISABLE = '/* eslint-disable */';
const TYPES_FILE = 'graphql.ts';
const PERSISTED_FILE = 'persisted-documents.json';

// The client preset's hash: `sha256:` and the hex digest of the printed document (sorted
// definitions, fields and arguments, on one line). The client preset also drops `@client` fields
// and `@connection` directives before hashing; the app uses neither, and a document that does is
// refused here rather than hashed differently from what the api would be given.
function persistedDocument(document) {
  visit(document, {
    Directive(node) {
      if (node.name.value === 'client' || node.name.value === 'connection') {
        throw new Error(`codegen-preset: @${node.name.value} is not supported (persisted documents)`);
      }
    },
  });
  const text = printExecutableGraphQLDocument(document);
  return { hash: `sha256:${createHash('sha256').update(text).digest('hex')}`, text };
}

// The fragments an operation uses, transitively, by name.
function usedFragments(node, fragments, into = new Set()) {
  visit(node, {
    FragmentSpread(spread) {
      const name = spread.name.value;
      if (into.has(name)) return;
      const fragment = fragments.get(name);
      if (!fragment) throw new Error(`codegen-preset: unknown fragment ${name}`);
      into.add(name);
      usedFragments(fragment, fragments, into);
    },
  });
  return into;
}

// src/young-person/access-log.graphql -> <out>/young-person/access-log.ts
function moduleFileOf(location, sourceRoot, baseOutputDir) {
  const relative = path.relative(sourceRoot, path.resolve(location));
  if (relative.startsWith('..') || path.dirname(relative) === '.') {
    throw new Error(`codegen-preset: ${location} must be in a folder under ${sourceRoot}`);
  }
  return path
    .join(baseOutputDir, relative.replace(/\.graphql$/, '.ts'))
    .split(path.sep)
    .join('/');
}

// A generated module whose .graphql file is gone would linger (codegen writes, never deletes)
// and could still be imported; fail instead, naming it.
function leftOvers(baseOutputDir, expected) {
  const found = [];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name).split(path.sep).join('/');
      if (entry.isDirectory()) walk(full);
      else if (!expected.has(full)) found.push(full);
    }
  };
  walk(baseOutputDir.replace(/\/$/, ''));
  return found;
}

exports.preset = {
  buildGeneratesSection(options) {
    const baseOutputDir = options.baseOutputDir.endsWith('/') ? options.baseOutputDir : `${options.baseOutputDir}/`;
    // The folder whose tree the generated modules mirror (src/ for src/gql/).
    const sourceRoot = path.resolve(baseOutputDir, options.presetConfig.sourceRoot ?? '..');
    const documents = options.documents.filter((source) => source.document);

    const fragments = new Map();
    for (const source of documents) {
      for (const definition of source.document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      }
    }

    // Every operation's id and text, in the order of the files and their operations.
    const persisted = new Map();
    for (const source of documents) {
      for (const definition of source.document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        if (!definition.name) throw new Error(`codegen-preset: an anonymous operation in ${source.location}`);
        const uses = [...usedFragments(definition, fragments)].map((name) => fragments.get(name));
        const { hash, text } = persistedDocument({ kind: Kind.DOCUMENT, definitions: [definition, ...uses] });
        persisted.set(hash, text);
      }
    }
    // typed-document-node hands each operation's document (with its fragments) to this hook and
    // writes what it returns as `__meta__`; the id must be one the allow list has.
    const onExecutableDocumentNode = (document) => {
      const { hash } = persistedDocument(document);
      if (!persisted.has(hash)) throw new Error(`codegen-preset: ${hash} is not in the allow list`);
      return { hash };
    };

    const typesFile = `${baseOutputDir}${TYPES_FILE}`;
    const outputs = [
      {
        filename: typesFile,
        plugins: [{ add: { content: ESLINT_DISABLE } }, { 'typescript-operations': {} }],
        pluginMap: { add: addPlugin, 'typescript-operations': typescriptOperationsPlugin },
        schema: options.schema,
        config: options.config,
        documents,
        documentTransforms: options.documentTransforms,
      },
    ];

    for (const source of documents) {
      const filename = moduleFileOf(source.location, sourceRoot, baseOutputDir);
      if (filename === typesFile) throw new Error(`codegen-preset: ${source.location} would overwrite ${typesFile}`);
      const own = new Set(
        source.document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => d.name.value),
      );
      // Fragments of other files that this file's operations spread: inlined into its documents
      // (as the client preset does), not exported from here.
      const used = new Set();
      for (const definition of source.document.definitions) usedFragments(definition, fragments, used);
      const externalFragments = [...used]
        .filter((name) => !own.has(name))
        .map((name) => fragments.get(name))
        .map((node) => ({ node, name: node.name.value, onType: node.typeCondition.name.value, isExternal: true }));
      let typesImport = path.relative(path.dirname(filename), typesFile.replace(/\.ts$/, '')).split(path.sep).join('/');
      if (!typesImport.startsWith('.')) typesImport = `./${typesImport}`;
      outputs.push({
        filename,
        plugins: [
          { add: { content: `${ESLINT_DISABLE}\nimport type * as Types from '${typesImport}';` } },
          {
            'typed-document-node': {
              importOperationTypesFrom: 'Types',
              unstable_onExecutableDocumentNode: onExecutableDocumentNode,
            },
          },
        ],
        pluginMap: { add: addPlugin, 'typed-document-node': typedDocumentNodePlugin },
        schema: options.schema,
        // Codegen validates the file's documents with these too.
        config: { ...options.config, externalFragments },
        documents: [source],
        documentTransforms: options.documentTransforms,
      });
    }

    outputs.push({
      filename: `${baseOutputDir}${PERSISTED_FILE}`,
      plugins: [{ 'persisted-documents': {} }],
      pluginMap: {
        'persisted-documents': {
          plugin: () => JSON.stringify(Object.fromEntries(persisted), null, 2),
        },
      },
      schema: options.schema,
      config: {},
      documents: [],
      documentTransforms: options.documentTransforms,
    });

    const stale = leftOvers(baseOutputDir, new Set(outputs.map((output) => output.filename)));
    if (stale.length > 0) {
      throw new Error(`codegen-preset: delete these generated files, their .graphql is gone: ${stale.join(', ')}`);
    }
    return outputs;
  },
};

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { Kind, print, visit, type DocumentNode, type FieldNode } from 'graphql';

import { fromBrowser, PersistedOperations } from './persisted-operations';

const MANIFEST = path.join(__dirname, '..', '..', '..', 'web', 'src', 'gql', 'persisted-documents.json');

const GENERATED = path.join(__dirname, '..', '..', '..', 'web', 'src', 'gql');

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

// The app's generated documents (JSON ASTs in the modules under src/gql/, one per .graphql file,
// each with its persisted id; apps/web/codegen-preset.cjs).
function generatedDocuments(): Array<{ id: string; document: DocumentNode }> {
  const modules = readdirSync(GENERATED, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
  return modules.flatMap((file) =>
    [
      ...readFileSync(path.join(GENERATED, file), 'utf8').matchAll(
        /^export const \w+Document = (\{.*\}) as unknown as DocumentNode/gm,
      ),
    ].map((match) => {
      const parsed = JSON.parse(match[1] ?? '{}') as DocumentNode & { __meta__?: { hash?: string } };
      return { id: parsed.__meta__?.hash ?? '', document: parsed };
    }),
  );
}

// What Apollo Client sends for a generated document: `__typename` added to every selection set
// but the operation's root, printed as written (the stored text is codegen's canonical form).
function asApolloSends(document: DocumentNode): string {
  return print(
    visit(document, {
      SelectionSet: {
        leave(node, _key, parent) {
          const isRoot = (parent as { kind?: string } | undefined)?.kind === Kind.OPERATION_DEFINITION;
          const has = node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename');
          return isRoot || has ? undefined : { ...node, selections: [...node.selections, TYPENAME] };
        },
      },
    }),
  );
}

describe('PersistedOperations', () => {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
  const operations = new PersistedOperations('browsers', manifest, 2000);

  it('accepts every operation of the web app as Apollo Client sends it', () => {
    const documents = generatedDocuments();
    expect(documents.length).toBe(Object.keys(manifest).length);
    const refused = documents.filter(({ id, document }) => !operations.allows(id, asApolloSends(document)));
    expect(refused.map(({ id }) => id)).toEqual([]);
    expect(operations.size).toBeGreaterThan(50);
  });

  it('refuses another text under a known id, an unknown id, no id, and text that does not parse', () => {
    const [[id, text]] = Object.entries(manifest) as [[string, string]];
    expect(operations.allows(id, text)).toBe(true);
    expect(operations.allows(id, `${text} query Extra { __typename }`)).toBe(false);
    expect(operations.allows(id, '{ users(first: 100) { nodes { id email } } }')).toBe(false);
    expect(operations.allows('sha256:0000', text)).toBe(false);
    expect(operations.allows(undefined, text)).toBe(false);
    expect(operations.allows(id, 'query {')).toBe(false);
  });

  it('takes a request for a browser by the headers a page cannot remove, a cookie or the app’s header', () => {
    expect(fromBrowser({})).toBe(false);
    expect(fromBrowser({ authorization: 'Bearer x', 'content-type': 'application/json' })).toBe(false);
    for (const headers of [
      { origin: 'https://brygga.example' },
      { 'sec-fetch-site': 'same-origin' },
      { 'sec-fetch-mode': 'cors' },
      { cookie: 'brygga_refresh=x' },
      { 'x-brygga-session': 'cookie' },
    ]) {
      expect(fromBrowser(headers)).toBe(true);
    }
  });
});

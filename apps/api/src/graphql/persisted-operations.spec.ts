import { readFileSync } from 'node:fs';
import path from 'node:path';

import { Kind, parse, print, visit, type DocumentNode, type FieldNode } from 'graphql';

import { fromBrowser, PersistedOperations } from './persisted-operations';

const MANIFEST = path.join(__dirname, '..', '..', '..', 'web', 'src', 'gql', 'persisted-documents.json');

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

// What Apollo Client sends for a generated document: the operation before its fragments (the
// stored text has them the other way round), `__typename` added to every nested selection set,
// printed on several lines.
function asApolloSends(text: string): string {
  const document = parse(text);
  let depth = 0;
  const withTypename = visit(document, {
    OperationDefinition: {
      enter() {
        depth = 0;
      },
    },
    SelectionSet: {
      enter(node, _key, parent) {
        depth += 1;
        const isRoot = depth === 1 && (parent as { kind?: string } | undefined)?.kind === Kind.OPERATION_DEFINITION;
        return isRoot ? undefined : { ...node, selections: [...node.selections, TYPENAME] };
      },
      leave() {
        depth -= 1;
      },
    },
  }) as DocumentNode;
  return print({ ...withTypename, definitions: [...withTypename.definitions].reverse() });
}

describe('PersistedOperations', () => {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
  const operations = new PersistedOperations('browsers', manifest, 2000);

  it('accepts every operation of the web app as Apollo Client sends it', () => {
    const refused = Object.entries(manifest).filter(([id, text]) => !operations.allows(id, asApolloSends(text)));
    expect(refused.map(([id]) => id)).toEqual([]);
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

import { parse } from 'graphql';

import { operationLabel } from './access-log.plugin';

describe('operationLabel', () => {
  const document = parse(`
    query One($id: ID!) { youngPerson(id: $id) { id } again: youngPerson(id: $id) { id } caseload { totalCount } }
    mutation Two { logContactAttempt { id } }
  `);

  it('names the operation type and its root fields once each, never arguments', () => {
    expect(operationLabel(document, 'One')).toBe('query youngPerson,caseload');
    expect(operationLabel(document, 'Two')).toBe('mutation logContactAttempt');
  });

  it('gives each operation of one document its own label when asked again (cached per document)', () => {
    expect(operationLabel(document, 'Two')).toBe('mutation logContactAttempt');
    expect(operationLabel(document, 'One')).toBe('query youngPerson,caseload');
  });

  it('says unknown without a document or for an operation the document does not hold', () => {
    expect(operationLabel(undefined)).toBe('unknown');
    expect(operationLabel(document, 'Three')).toBe('unknown');
    expect(operationLabel(document)).toBe('unknown');
  });
});

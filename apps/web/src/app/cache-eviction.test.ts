import { InMemoryCache } from '@apollo/client';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';

import { evictNoLongerShared, evictOnAccessLoss, evictYoungPerson, sharedBefore } from './cache-eviction';

const PERSON = 'a0000000-0000-4000-8000-000000000001';
const OTHER = 'a0000000-0000-4000-8000-000000000002';
const PLAN = 'b0000000-0000-4000-8000-000000000001';

// The partner's start page and young person page, as they are cached.
const LIST = parse(`query SharedWithUs {
  youngPeople: caseload(first: 50) { nodes { id givenName __typename } __typename }
  actionPlans(first: 50) { nodes { id title youngPersonId __typename } __typename }
}`);
const PAGE = parse(`query PartnerYoungPerson($id: ID!) {
  youngPerson(id: $id) { id givenName consents { id status __typename } __typename }
  emergencyAccesses(youngPersonId: $id, first: 1) { nodes { id __typename } __typename }
}`);
const PLAN_PAGE = parse(`query SharedPlan($id: ID!) {
  actionPlan(id: $id) { id title youngPersonId __typename }
}`);

function filledCache(): InMemoryCache {
  const cache = new InMemoryCache();
  cache.writeQuery({
    query: LIST,
    data: {
      youngPeople: {
        __typename: 'YoungPersonConnection',
        nodes: [
          { __typename: 'YoungPerson', id: PERSON, givenName: 'Alva' },
          { __typename: 'YoungPerson', id: OTHER, givenName: 'Bo' },
        ],
      },
      actionPlans: {
        __typename: 'ActionPlanConnection',
        nodes: [{ __typename: 'ActionPlan', id: PLAN, title: 'Plan', youngPersonId: PERSON }],
      },
    },
  });
  cache.writeQuery({
    query: PAGE,
    variables: { id: PERSON },
    data: {
      youngPerson: {
        __typename: 'YoungPerson',
        id: PERSON,
        givenName: 'Alva',
        consents: [{ __typename: 'Consent', id: 'c1', status: 'ACTIVE' }],
      },
      emergencyAccesses: { __typename: 'EmergencyAccessConnection', nodes: [] },
    },
  });
  return cache;
}

function names(cache: InMemoryCache): string[] {
  const list = cache.readQuery<{ youngPeople: { nodes: Array<{ givenName: string }> } }>({ query: LIST });
  return list?.youngPeople.nodes.map((n) => n.givenName) ?? [];
}

describe('evicting a young person from the cache', () => {
  it('removes the record, its objects and the queries asked with its id; lists drop it', () => {
    const cache = filledCache();
    expect(names(cache)).toEqual(['Alva', 'Bo']);
    expect(evictYoungPerson(cache, PERSON)).toBe(true);
    const store = cache.extract();
    expect(Object.keys(store).filter((key) => key.includes(PERSON) || key === `ActionPlan:${PLAN}`)).toEqual([]);
    expect(store['Consent:c1']).toBeUndefined(); // collected: only the record referred to it
    // No root field asked with its id; lists keep a dangling reference, which reading drops.
    expect(Object.keys(store.ROOT_QUERY ?? {}).filter((field) => field.includes(PERSON))).toEqual([]);
    expect(names(cache)).toEqual(['Bo']);
    expect(cache.readQuery({ query: PAGE, variables: { id: PERSON } })).toBeNull();
    expect(evictYoungPerson(cache, PERSON)).toBe(false); // nothing left to evict
  });

  it('evicts when a query for the young person answers NOT_FOUND or FORBIDDEN', () => {
    for (const code of ['NOT_FOUND', 'FORBIDDEN']) {
      const cache = filledCache();
      const lost = evictOnAccessLoss(cache, PAGE, { id: PERSON }, [
        { message: 'gone', path: ['youngPerson'], extensions: { code } },
      ]);
      expect(lost).toEqual([PERSON]);
      expect(names(cache)).toEqual(['Bo']);
    }
  });

  it('finds the young person of a plan that is no longer readable', () => {
    const cache = filledCache();
    const lost = evictOnAccessLoss(cache, PLAN_PAGE, { id: PLAN }, [
      { message: 'gone', path: ['actionPlan'], extensions: { code: 'NOT_FOUND' } },
    ]);
    expect(lost).toEqual([PERSON]);
    expect(cache.extract()[`ActionPlan:${PLAN}`]).toBeUndefined();
    expect(names(cache)).toEqual(['Bo']);
  });

  it('keeps everything on other errors, and on errors of fields that name no young person', () => {
    const cache = filledCache();
    const before = JSON.stringify(cache.extract());
    expect(
      evictOnAccessLoss(cache, PAGE, { id: PERSON }, [
        { message: 'conflict', path: ['youngPerson'], extensions: { code: 'CONFLICT' } },
        { message: 'gone', path: ['emergencyAccesses'], extensions: { code: 'FORBIDDEN' } },
      ]),
    ).toEqual([]);
    expect(JSON.stringify(cache.extract())).toBe(before);
  });

  it('evicts a young person the partner’s shared list no longer names (a consent withdrawn)', () => {
    const cache = filledCache();
    const before = sharedBefore(cache, 'SharedWithUs', LIST, {});
    expect([...(before ?? [])].sort()).toEqual([PERSON, OTHER]);
    const now = {
      youngPeople: {
        __typename: 'YoungPersonConnection',
        nodes: [{ __typename: 'YoungPerson', id: OTHER, givenName: 'Bo' }],
      },
      actionPlans: { __typename: 'ActionPlanConnection', nodes: [] },
    };
    expect(evictNoLongerShared(cache, before, now)).toEqual([PERSON]);
    expect(cache.readQuery({ query: PAGE, variables: { id: PERSON } })).toBeNull();
    // Other operations are not compared.
    expect(sharedBefore(cache, 'Caseload', LIST, {})).toBeUndefined();
  });
});

import type { IncomingMessage } from 'node:http';

import type { Express, NextFunction, Request, Response } from 'express';

import { FastLaneParserErrors, GraphqlFastLane, registeredHandler } from './graphql-fast-lane';

function incoming(method: string, url: string, headers: Record<string, string> = {}): IncomingMessage {
  return { method, url, headers } as unknown as IncomingMessage;
}

describe('GraphqlFastLane.takes', () => {
  it('takes a POST to exactly /graphql with a JSON content type, nothing else', () => {
    const json = { 'content-type': 'application/json' };
    expect(GraphqlFastLane.takes(incoming('POST', '/graphql', json))).toBe(true);
    expect(
      GraphqlFastLane.takes(incoming('POST', '/graphql', { 'content-type': 'application/json; charset=utf-8' })),
    ).toBe(true);
    expect(GraphqlFastLane.takes(incoming('GET', '/graphql', json))).toBe(false);
    expect(GraphqlFastLane.takes(incoming('OPTIONS', '/graphql', json))).toBe(false);
    expect(GraphqlFastLane.takes(incoming('POST', '/graphql?x=1', json))).toBe(false);
    expect(GraphqlFastLane.takes(incoming('POST', '/graphql/', json))).toBe(false);
    expect(GraphqlFastLane.takes(incoming('POST', '/files', json))).toBe(false);
    expect(GraphqlFastLane.takes(incoming('POST', '/graphql', { 'content-type': 'text/plain' }))).toBe(false);
    expect(
      GraphqlFastLane.takes(incoming('POST', '/graphql', { 'content-type': 'multipart/form-data; boundary=x' })),
    ).toBe(false);
    expect(GraphqlFastLane.takes(incoming('POST', '/graphql'))).toBe(false);
  });
});

describe('FastLaneParserErrors', () => {
  it("raises the lane's parser error once at the parser's place, else parses", () => {
    const errors = new FastLaneParserErrors();
    const parser = jest.fn((_req: Request, _res: Response, next: NextFunction) => next());
    const step = errors.step(parser);
    const req = incoming('POST', '/graphql') as Request;
    const res = {} as Response;
    const refused = new Error('entity.parse.failed');
    errors.hand(req, refused);
    const next = jest.fn();
    step(req, res, next);
    expect(next).toHaveBeenCalledWith(refused);
    expect(parser).not.toHaveBeenCalled();
    step(req, res, next);
    expect(parser).toHaveBeenCalledTimes(1);
    expect(next).toHaveBeenLastCalledWith();
  });
});

describe('registeredHandler', () => {
  it('returns the one function a registration adds and puts its wrapper in the chain', () => {
    const added: unknown[] = [];
    const use = function (this: unknown, ...args: unknown[]): unknown {
      added.push(...args);
      return this;
    };
    const app = { use } as unknown as Express;
    const handler = (_req: Request, _res: Response, next: NextFunction): void => next();
    const wrapped = (_req: Request, _res: Response, next: NextFunction): void => next();
    const found = registeredHandler(
      app,
      () => app.use(handler),
      () => wrapped,
    );
    expect(found).toBe(handler);
    expect(added).toEqual([wrapped]);
    expect(app.use).toBe(use);
    expect(() => registeredHandler(app, () => undefined)).toThrow('no middleware');
    expect(() => registeredHandler(app, () => app.use('/x', handler))).toThrow('one middleware');
    expect(app.use).toBe(use);
  });
});

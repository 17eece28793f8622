import { Writable } from 'node:stream';

import { createLogger } from './logger';
import { RequestContext } from './request-context';

function capture(): { lines: () => Array<Record<string, unknown>>; stream: Writable } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  return {
    stream,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((l) => l.length > 0)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

describe('logger', () => {
  it('writes JSON with the request id of the request being served', () => {
    const out = capture();
    const logger = createLogger('info', {}, out.stream);
    RequestContext.run({ requestId: 'req-12345678', sqlStatements: 0 }, () => logger.info({ userId: 'u1' }, 'hello'));
    logger.info('outside');
    const [inside, outside] = out.lines();
    expect(inside).toMatchObject({ msg: 'hello', requestId: 'req-12345678', userId: 'u1', service: 'brygga-api' });
    expect(outside).not.toHaveProperty('requestId');
  });

  it('redacts credentials and variables that could carry personal data', () => {
    const out = capture();
    const logger = createLogger('info', {}, out.stream);
    logger.info(
      {
        password: 'hunter2',
        input: { password: 'x', refreshToken: 'r' },
        variables: { name: 'Anna' },
        req: { headers: { authorization: 'Bearer t' } },
      },
      'attempt',
    );
    const text = JSON.stringify(out.lines());
    expect(text).not.toMatch(/hunter2|Bearer t|Anna|"r"/);
    expect(text).toContain('[redacted]');
  });

  it('respects the level', () => {
    const out = capture();
    const logger = createLogger('warn', {}, out.stream);
    logger.info('quiet');
    logger.warn('loud');
    expect(out.lines().map((l) => l.msg)).toEqual(['loud']);
  });
});

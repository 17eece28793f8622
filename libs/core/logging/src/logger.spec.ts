import { captureLogLines } from '@app/core/testing';

import { createLogger } from './logger';
import { RequestContext } from './request-context';

describe('logger', () => {
  it('writes JSON with the request id of the request being served', () => {
    const out = captureLogLines();
    const logger = createLogger('info', {}, out.stream);
    RequestContext.run({ requestId: 'req-12345678', sqlStatements: 0 }, () => logger.info({ userId: 'u1' }, 'hello'));
    logger.info('outside');
    const [inside, outside] = out.lines();
    expect(inside).toMatchObject({ msg: 'hello', requestId: 'req-12345678', userId: 'u1', service: 'brygga-api' });
    expect(outside).not.toHaveProperty('requestId');
  });

  it('redacts credentials and variables that could carry personal data', () => {
    const out = captureLogLines();
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
    const out = captureLogLines();
    const logger = createLogger('warn', {}, out.stream);
    logger.info('quiet');
    logger.warn('loud');
    expect(out.lines().map((l) => l.msg)).toEqual(['loud']);
  });
});

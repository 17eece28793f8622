import { DataSource } from 'typeorm';

import { ManualClock, SystemClock } from '@app/core/clock';
import { AppConfig, validateEnvironment } from '@app/core/config';
import { DomainError, ErrorCode } from '@app/core/errors';

import { SigningKeyProvider } from './signing-key.provider';
import { TokenService } from './token.service';

async function tokenService(ttlSeconds = 900, clock = new ManualClock()): Promise<TokenService> {
  const config = new AppConfig(
    validateEnvironment({
      NODE_ENV: 'test',
      AUTH_TOKEN_SECRET: 'a-test-secret-that-is-long-enough-for-hs256-0123456789',
      ACCESS_TOKEN_TTL_SECONDS: String(ttlSeconds),
    }),
  );
  // With AUTH_TOKEN_SECRET set the provider never touches its data source.
  const keys = new SigningKeyProvider(config, new DataSource({ type: 'postgres' }));
  await keys.onModuleInit();
  return new TokenService(config, keys, clock);
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return error instanceof DomainError ? error.code : `not a DomainError: ${String(error)}`;
}

describe('TokenService.verify', () => {
  it('accepts its own token again and again with the same result', async () => {
    const service = await tokenService();
    const { token } = await service.issueAccessToken('user-1', 'membership-1');
    const first = await service.verify(token);
    expect(first).toMatchObject({ kind: 'own', userId: 'user-1', membershipId: 'membership-1' });
    expect(await service.verify(token)).toEqual(first);
  });

  it('refuses a token that expired after it was first accepted', async () => {
    const clock = new ManualClock();
    const service = await tokenService(60, clock);
    const { token } = await service.issueAccessToken('user-1', 'membership-1');
    await service.verify(token);
    clock.advance(59_000);
    expect(await service.verify(token)).toMatchObject({ kind: 'own' });
    clock.advance(2_000);
    expect(await codeOf(service.verify(token))).toBe(ErrorCode.AUTH_TOKEN_EXPIRED);
  });

  it('refuses a tampered copy of an accepted token', async () => {
    const service = await tokenService();
    const { token } = await service.issueAccessToken('user-1', 'membership-1');
    await service.verify(token);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'user-2' })).toString('base64url');
    expect(await codeOf(service.verify(`${header}.${forged}.${signature}`))).toBe(ErrorCode.AUTH_UNAUTHENTICATED);
  });

  it('refuses a token signed with another key even after accepting it elsewhere', async () => {
    const service = await tokenService();
    const { token } = await service.issueAccessToken('user-1', 'membership-1');
    await service.verify(token);
    const config = new AppConfig(
      validateEnvironment({
        NODE_ENV: 'test',
        AUTH_TOKEN_SECRET: 'another-secret-that-is-long-enough-for-hs256-987654',
      }),
    );
    const keys = new SigningKeyProvider(config, new DataSource({ type: 'postgres' }));
    await keys.onModuleInit();
    expect(await codeOf(new TokenService(config, keys, new SystemClock()).verify(token))).toBe(
      ErrorCode.AUTH_UNAUTHENTICATED,
    );
  });
});

import { AppConfig } from './app-config';
import { ConfigValidationError, validateEnvironment } from './environment';

function problems(env: Record<string, string>): string[] {
  try {
    validateEnvironment(env);
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems;
    throw error;
  }
  return [];
}

describe('validateEnvironment', () => {
  it('applies defaults for an empty environment', () => {
    const env = validateEnvironment({});
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      LOG_LEVEL: 'info',
      DATABASE_POOL_SIZE: 10,
      OIDC_USER_CLAIM: 'sub',
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('converts numbers and booleans', () => {
    expect(validateEnvironment({ PORT: '8080', DEMO_DATA: 'true' })).toMatchObject({ PORT: 8080, DEMO_DATA: true });
  });

  it('lists every invalid variable at once', () => {
    const found = problems({ PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'not-a-url', NODE_ENV: 'staging' });
    expect(found.map((p) => p.split(':')[0]).sort()).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'NODE_ENV', 'PORT']);
  });

  it('accepts a hop count or a list of trusted proxies, never "trust anyone"', () => {
    for (const TRUST_PROXY of ['1', 'loopback', '10.0.0.0/8, 192.168.1.5', 'uniquelocal,::1', 'fd00::/8']) {
      expect(problems({ TRUST_PROXY })).toEqual([]);
    }
    for (const TRUST_PROXY of ['true', '*', 'anyone', '10', '10.0.0.1;rm']) {
      expect(problems({ TRUST_PROXY }).map((p) => p.split(':')[0])).toEqual(['TRUST_PROXY']);
    }
  });

  it('never repeats the value of a secret', () => {
    const found = problems({ DATABASE_URL: 'mysql://user:supersecret@db/x', AUTH_TOKEN_SECRET: 'short-secret' });
    expect(found).toHaveLength(2);
    expect(found.join('\n')).not.toMatch(/supersecret|short-secret/);
  });

  it('checks the e-mail settings and never repeats the SMTP password', () => {
    expect(problems({ SMTP_URL: 'smtp://mailer:pw@127.0.0.1:2525', SMTP_FROM: 'Brygga <noreply@kommun.se>' })).toEqual(
      [],
    );
    const found = problems({
      SMTP_URL: 'http://mailer:topsecretpw@mail.kommun.se',
      SMTP_FROM: 'nobody',
      PUBLIC_BASE_URL: 'brygga.kommun.se',
      DIGEST_HOUR: '24',
    });
    expect(found.map((p) => p.split(':')[0]).sort()).toEqual([
      'DIGEST_HOUR',
      'PUBLIC_BASE_URL',
      'SMTP_FROM',
      'SMTP_URL',
    ]);
    expect(found.join('\n')).not.toMatch(/topsecretpw/);
  });

  it('requires the audience and JWKS address when an identity provider is configured', () => {
    const found = problems({ OIDC_ISSUER: 'https://idp.example.se' });
    expect(found.map((p) => p.split(':')[0]).sort()).toEqual(['OIDC_AUDIENCE', 'OIDC_JWKS_URL']);
  });

  it('requires the provider and its endpoints when sign-in through it is turned on, and hides the secret', () => {
    const found = problems({ OIDC_CLIENT_ID: 'brygga-web', OIDC_CLIENT_SECRET: 'hemligt' });
    expect(found.map((p) => p.split(':')[0]).sort()).toEqual([
      'OIDC_AUTHORIZATION_URL',
      'OIDC_ISSUER',
      'OIDC_TOKEN_URL',
    ]);
    expect(found.join('\n')).not.toContain('hemligt');
  });

  it('refuses to expose statement counts in production', () => {
    expect(problems({ NODE_ENV: 'production', EXPOSE_SQL_STATEMENT_COUNT: 'true' })).toEqual([
      'EXPOSE_SQL_STATEMENT_COUNT: must not be enabled in production',
    ]);
  });

  it('accepts the persisted-operations modes only', () => {
    expect(validateEnvironment({ PERSISTED_OPERATIONS: 'browsers' }).PERSISTED_OPERATIONS).toBe('browsers');
    expect(problems({ PERSISTED_OPERATIONS: 'on' }).map((p) => p.split(':')[0])).toEqual(['PERSISTED_OPERATIONS']);
  });

  it('restricts browsers to persisted operations by default in production only', () => {
    expect(new AppConfig(validateEnvironment({ NODE_ENV: 'production' })).persistedOperations).toBe('browsers');
    expect(new AppConfig(validateEnvironment({ NODE_ENV: 'test' })).persistedOperations).toBe('off');
    expect(new AppConfig(validateEnvironment({})).persistedOperations).toBe('off');
    expect(new AppConfig(validateEnvironment({ PERSISTED_OPERATIONS: 'all' })).persistedOperations).toBe('all');
  });

  it('ignores variables it does not know', () => {
    expect(() => validateEnvironment({ HOME: '/root', SOMETHING_ELSE: 'x' })).not.toThrow();
  });
});

import type { Request } from 'express';

import { clientAddressOf } from './client-address';

describe('clientAddressOf', () => {
  const request = (ip: string | undefined, remoteAddress: string | undefined) =>
    ({ ip, socket: { remoteAddress } }) as unknown as Request;

  it("takes Express's address, else the socket's, else 'unknown'", () => {
    expect(clientAddressOf(request('10.0.0.1', '127.0.0.1'))).toBe('10.0.0.1');
    expect(clientAddressOf(request(undefined, '127.0.0.1'))).toBe('127.0.0.1');
    expect(clientAddressOf(request(undefined, undefined))).toBe('unknown');
    expect(clientAddressOf(undefined)).toBe('unknown');
  });

  it('is bounded to 64 characters', () => {
    expect(clientAddressOf(request('a'.repeat(100), undefined))).toHaveLength(64);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, callFunction, describeError, onUnauthorized } from './api-client';
import { apiError, mockApi } from '@/test/mock-api';

afterEach(() => {
  vi.unstubAllGlobals();
  onUnauthorized(null);
});

describe('callFunction', () => {
  it('posts JSON to the function URL with the session cookie and never stores the token', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const api = mockApi({ login: () => ({ user: { id: 'u1' }, session: { token: 'secret-token', expiresAt: '2030-01-01T00:00:00Z' } }) });
    const result = await callFunction('login', { email: 'a@b.co', password: 'x' });
    expect(result.session.token).toBe('secret-token');
    const [url, init] = api.fetchMock.mock.calls[0];
    expect(String(url)).toBe('http://localhost:3000/login');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('include');
    expect((init?.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect(JSON.parse(String(init?.body))).toEqual({ email: 'a@b.co', password: 'x' });
    expect(setItem).not.toHaveBeenCalled();
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.toContain('secret-token');
  });

  it('turns the error body into a typed ApiError with code, details and request id', async () => {
    mockApi({ signup: () => apiError(422, 'VALIDATION_ERROR', 'Invalid input', [{ field: 'email', issue: 'must be a valid e-mail address' }, { field: 'passwordValid', issue: 'must mix' }]) });
    const err = await callFunction('signup', { email: 'x', password: 'y' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    const e = err as ApiError;
    expect(e.status).toBe(422);
    expect(e.code).toBe('VALIDATION_ERROR');
    expect(e.message).toBe('Invalid input');
    expect(e.requestId).toBe('req-422');
    expect(e.fieldErrors()).toEqual({ email: 'must be a valid e-mail address', password: 'must mix' });
  });

  it('reads Retry-After on a 429 and says how long to wait', async () => {
    mockApi({ me: () => apiError(429, 'RATE_LIMIT_EXCEEDED', 'Too many requests', [], { 'Retry-After': '42' }) });
    const err = (await callFunction('me', {}).catch((e: unknown) => e)) as ApiError;
    expect(err.isRateLimited).toBe(true);
    expect(err.retryAfterSeconds).toBe(42);
    expect(describeError(err)).toBe('Slow down: too many requests. Retry in 42 s.');
  });

  it('survives a non-JSON error body', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>bad gateway</html>', { status: 502 })));
    const err = (await callFunction('me', {}).catch((e: unknown) => e)) as ApiError;
    expect(err.status).toBe(502);
    expect(err.code).toBe('HTTP_502');
  });

  it('reports an unreachable server as a network error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    const err = (await callFunction('me', {}).catch((e: unknown) => e)) as ApiError;
    expect(err.code).toBe('NETWORK_ERROR');
  });

  it('tells the unauthorized listener about a 401 but not about wrong credentials', async () => {
    const listener = vi.fn();
    onUnauthorized(listener);
    mockApi({ me: () => apiError(401, 'UNAUTHORIZED'), login: () => apiError(401, 'INVALID_CREDENTIALS') });
    await callFunction('me', {}).catch(() => undefined);
    await callFunction('login', { email: 'a@b.co', password: 'nope' }).catch(() => undefined);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

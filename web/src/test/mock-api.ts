import { vi } from 'vitest';

export interface MockReply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Handler = (input: Record<string, unknown>) => MockReply | unknown | Promise<MockReply | unknown>;

/** A reply wrapper has a numeric HTTP status (a ReviewItem's `status` is a string) and at most body/headers besides. */
const isReply = (v: unknown): v is MockReply =>
  typeof v === 'object' && v !== null && typeof (v as MockReply).status === 'number' && Object.keys(v).every((k) => ['status', 'body', 'headers'].includes(k));

/** Replaces fetch with a router of API functions; unknown functions answer 404. Returns the recorded calls. */
export function mockApi(handlers: Record<string, Handler>) {
  const calls: { name: string; input: Record<string, unknown>; init: RequestInit }[] = [];
  const fetchMock = vi.fn(async (url: string | URL, init: RequestInit = {}) => {
    const name = String(url).split('/').pop() ?? '';
    const input = init.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {};
    calls.push({ name, input, init });
    const handler = handlers[name];
    const result = handler ? await handler(input) : { status: 404, body: { error: { code: 'NOT_FOUND', message: 'Unknown function', details: [], requestId: 'r-404' } } };
    const reply: MockReply = isReply(result) ? result : { status: 200, body: result };
    return new Response(JSON.stringify(reply.body ?? {}), { status: reply.status ?? 200, headers: { 'Content-Type': 'application/json', ...(reply.headers ?? {}) } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock, called: (name: string) => calls.filter((c) => c.name === name) };
}

export function apiError(status: number, code: string, message = code, details: { field: string; issue: string }[] = [], headers?: Record<string, string>): MockReply {
  return { status, body: { error: { code, message, details, requestId: `req-${status}` } }, headers };
}

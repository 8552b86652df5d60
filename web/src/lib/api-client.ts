import type { operations } from '@/types/generated/api';
import { currentLanguage, i18next, t } from '@/i18n';
import { localizeIssue } from './validation';

/**
 * Every function of the contract (docs/openapi.json, operationId = name): `POST /{name}` with `input` as the body,
 * answering `output`; the GET suppliers (`health`, `openapi.json`) take no input (`never`).
 */
export type FunctionMap = {
  [N in keyof operations]: {
    input: NonNullable<operations[N]['requestBody']>['content']['application/json'];
    output: operations[N]['responses'][200]['content']['application/json'];
  };
};

export type FunctionName = keyof FunctionMap;
export type Input<K extends FunctionName> = FunctionMap[K]['input'];
export type Output<K extends FunctionName> = FunctionMap[K]['output'];

export interface FieldIssue {
  field: string;
  issue: string;
}

/** The API's one error shape, `{error: {code, message, details, requestId}}`, as a typed exception. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: FieldIssue[];
  readonly requestId: string | null;
  /** Seconds from `Retry-After` on a 429; null otherwise. */
  readonly retryAfterSeconds: number | null;
  /** When the answer arrived, so a countdown can be derived from `retryAfterSeconds`. */
  readonly receivedAt: number = Date.now();

  constructor(init: { status: number; code: string; message: string; details?: FieldIssue[]; requestId?: string | null; retryAfterSeconds?: number | null }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.details = init.details ?? [];
    this.requestId = init.requestId ?? null;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }

  get isUnauthorized(): boolean {
    return this.status === 401 && this.code !== 'INVALID_CREDENTIALS';
  }

  get isRateLimited(): boolean {
    return this.status === 429;
  }

  /** The server's `details` as field -> issue, for showing next to form fields. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const d of this.details) {
      // A cross-field check (e.g. `passwordValid`, `warmup.maxDaysValid`) belongs next to its field.
      const field = d.field.replace(/Valid$/, '');
      if (field && !(field in out)) out[field] = localizeIssue(d.issue);
    }
    return out;
  }
}

export const API_URL: string = (import.meta.env.VITE_API_URL as string | undefined)?.replace(/\/$/, '') || 'http://localhost:3000';

type UnauthorizedListener = (error: ApiError) => void;
let unauthorizedListener: UnauthorizedListener | null = null;

/** The app shell registers how a 401 is handled (redirect to /login?next=...). */
export function onUnauthorized(listener: UnauthorizedListener | null): void {
  unauthorizedListener = listener;
}

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - Date.now()) / 1000));
  return null;
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  const err = (body as { error?: { code?: unknown; message?: unknown; details?: unknown; requestId?: unknown } } | null)?.error;
  const details = Array.isArray(err?.details)
    ? (err.details as unknown[]).filter((d): d is FieldIssue => typeof d === 'object' && d !== null && typeof (d as FieldIssue).field === 'string').map((d) => ({ field: d.field, issue: String(d.issue ?? '') }))
    : [];
  return new ApiError({
    status: response.status,
    code: typeof err?.code === 'string' ? err.code : `HTTP_${response.status}`,
    message: typeof err?.message === 'string' ? err.message : `Request failed with status ${response.status}`,
    details,
    requestId: typeof err?.requestId === 'string' ? err.requestId : response.headers.get('X-Request-Id'),
    retryAfterSeconds: response.status === 429 ? parseRetryAfter(response.headers.get('Retry-After')) : null,
  });
}

/**
 * Calls one API function: `POST ${API_URL}/${name}` with a JSON body.
 * The session travels only in the HttpOnly `sm_session` cookie (credentials: 'include');
 * the token in a login answer is deliberately never stored by the browser code.
 */
export async function callFunction<K extends FunctionName>(name: K, input: Input<K>, init?: { signal?: AbortSignal }): Promise<Output<K>> {
  let response: Response;
  try {
    response = await fetch(`${API_URL}/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      credentials: 'include',
      body: JSON.stringify(input ?? {}),
      signal: init?.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: t('errors.network') });
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (error.isUnauthorized && unauthorizedListener) unauthorizedListener(error);
    throw error;
  }
  return (await response.json()) as Output<K>;
}

/** A sentence for any error, with the 429 case spelled out. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.isRateLimited) {
      const wait = error.retryAfterSeconds;
      return wait != null ? t('errors.slowDownIn', { seconds: wait }) : t('errors.slowDownMoment');
    }
    if (error.code === 'NETWORK_ERROR') return error.message;
    // English: the server's own sentence (specific, and English by design). Other languages: the code's sentence
    // from the catalogue; ErrorMessage adds the server's sentence as secondary text (serverDetail).
    if (currentLanguage() === 'en' && error.message) return error.message;
    const key = `apiErrors.${error.code}`;
    return i18next.exists(key) ? t(key) : t('errors.generic');
  }
  if (error instanceof Error) return error.message;
  return t('errors.generic');
}

/** The server's English sentence as secondary text, when describeError showed a localized sentence instead. */
export function serverDetail(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.isRateLimited || error.code === 'NETWORK_ERROR' || !error.message) return null;
  return currentLanguage() === 'en' ? null : error.message;
}

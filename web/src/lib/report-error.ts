import { ApiError } from './api-client';

/** Every screen error goes to the console with what support needs: the request id when the API was involved. */
export function reportError(where: string, error: unknown, componentStack?: string | null): void {
  const requestId = error instanceof ApiError ? error.requestId : null;
  console.error(`[sales-machine] ${where} failed${requestId ? ` (request ${requestId})` : ''}:`, error, componentStack ?? '');
}

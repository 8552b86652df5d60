import { afterEach, describe, expect, it, vi } from 'vitest';
import { isChunkLoadError, reloadOnceForChunk } from './chunk-reload';

afterEach(() => sessionStorage.clear());

describe('a chunk that fails to load after a deployment', () => {
  it('is recognised by the browsers\' messages', () => {
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: http://x/assets/a.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('Cannot read properties of undefined'))).toBe(false);
  });

  it('reloads the page once, then not again within a minute, then again later', () => {
    const reload = vi.fn();
    expect(reloadOnceForChunk(1_000_000, reload)).toBe(true);
    expect(reloadOnceForChunk(1_030_000, reload)).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(reloadOnceForChunk(1_070_000, reload)).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
  });
});

import { describe, expect, it } from 'vitest';
import { deviceName } from './device-name';

const on = (b: string, o: string) => `${b} on ${o}`;

describe('deviceName', () => {
  it('names the browser and the system of a session', () => {
    expect(deviceName('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36', on)).toBe('Chrome on macOS');
    expect(deviceName('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0', on)).toBe('Firefox on Windows');
    expect(deviceName('Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1', on)).toBe('Safari on iOS');
  });

  it('has nothing to say about an empty or unknown agent', () => {
    expect(deviceName(null, on)).toBeNull();
    expect(deviceName('', on)).toBeNull();
  });
});

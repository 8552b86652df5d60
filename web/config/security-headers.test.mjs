// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, parseCaddyHeaders, securityHeaders } from './security-headers.mjs';

describe('the SPA security headers (one definition: web/Caddyfile)', () => {
  it('reads every header of the Caddyfile block, with the API origin in connect-src', () => {
    const caddy = parseCaddyHeaders(readFileSync(new URL('../Caddyfile', import.meta.url), 'utf8'));
    const headers = securityHeaders({ apiOrigin: 'http://localhost:3000' });
    expect(Object.keys(headers).sort()).toEqual(Object.keys(caddy).sort());
    expect(Object.keys(headers)).toEqual(expect.arrayContaining(['Content-Security-Policy', 'X-Frame-Options', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Cross-Origin-Opener-Policy']));
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headers['Content-Security-Policy']).toContain("connect-src 'self' http://localhost:3000;");
    expect(headers['Content-Security-Policy']).not.toContain('{$');
  });

  it('allows an inline script only by its hash', () => {
    const html = '<head><script type="module">import "/@react-refresh"</script><script src="/x.js"></script></head>';
    const hashes = inlineScriptHashes(html);
    expect(hashes).toHaveLength(1);
    expect(hashes[0]).toMatch(/^sha256-[A-Za-z0-9+/]+=*$/);
    const csp = securityHeaders({ apiOrigin: 'http://a', inlineScriptHashes: hashes })['Content-Security-Policy'];
    expect(csp).toContain(`script-src 'self' '${hashes[0]}';`);
    expect(/script-src ([^;]*)/.exec(csp)?.[1]).not.toContain('unsafe-inline');
  });
});

// The security headers of the SPA, defined once: web/Caddyfile (production) is the source, and the Vite dev and
// preview servers send the same headers read from it (vite.config.ts), so the three can never drift apart.
//
// securityHeaders({ apiOrigin, inlineScriptHashes }) -> { 'Content-Security-Policy': ..., ... }
//   apiOrigin           replaces Caddy's {$SM_API_ORIGIN} (the only cross-origin target connect-src allows)
//   inlineScriptHashes  'sha256-...' sources added to script-src; only the dev server needs them, for the inline
//                       React Refresh preamble @vitejs/plugin-react writes into index.html (the build has none)
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const CADDYFILE = new URL('../Caddyfile', import.meta.url);

/** The `header { ... }` block of the site: `Name "value"` lines (a `-Name` removal line is skipped). */
export function parseCaddyHeaders(text) {
  const block = /\n\theader \{\n([\s\S]*?)\n\t\}/.exec(text);
  if (!block) throw new Error('web/Caddyfile: no site-wide `header { ... }` block found');
  const headers = {};
  for (const line of block[1].split('\n')) {
    const m = /^\s*([A-Za-z-]+)\s+"(.*)"\s*$/.exec(line);
    if (m) headers[m[1]] = m[2];
  }
  if (!headers['Content-Security-Policy']) throw new Error('web/Caddyfile: the header block has no Content-Security-Policy');
  return headers;
}

export function securityHeaders({ apiOrigin, inlineScriptHashes = [] } = {}) {
  const headers = parseCaddyHeaders(readFileSync(CADDYFILE, 'utf8'));
  let csp = headers['Content-Security-Policy'].replace(/\{\$SM_API_ORIGIN\}/g, apiOrigin ?? '').replace(/ {2,}/g, ' ');
  if (inlineScriptHashes.length > 0) {
    csp = csp.replace(/script-src ([^;]*)/, (_all, sources) => `script-src ${sources} ${inlineScriptHashes.map((h) => `'${h}'`).join(' ')}`);
  }
  return { ...headers, 'Content-Security-Policy': csp };
}

/** 'sha256-<base64>' of each inline <script> (no src) in an HTML page. */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/.test(m[1]) || m[2].trim() === '') continue;
    hashes.push(`sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}`);
  }
  return hashes;
}

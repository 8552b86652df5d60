/// <reference types="vitest/config" />
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import type { ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { inlineScriptHashes, securityHeaders } from './config/security-headers.mjs';

/**
 * The dev and preview servers send web/Caddyfile's security headers (config/security-headers.mjs reads them
 * from there: one definition). The dev server's index.html carries one inline script (React Refresh's
 * preamble); its hash is added to script-src, taken from the HTML as served, so nothing is loosened.
 */
function securityHeadersPlugin(apiOrigin: string): Plugin {
  let hashes: string[] = [];
  const apply = (res: ServerResponse) => {
    for (const [name, value] of Object.entries(securityHeaders({ apiOrigin, inlineScriptHashes: hashes }))) res.setHeader(name, value);
  };
  return {
    name: 'sm-security-headers',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        hashes = inlineScriptHashes(html);
        return html;
      },
    },
    configureServer(server) {
      // Set when the answer's head is written, i.e. after index.html was transformed (and its hashes known).
      server.middlewares.use((_req, res, next) => {
        const writeHead = res.writeHead;
        res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
          if (!this.headersSent) apply(this);
          return writeHead.apply(this, args);
        } as ServerResponse['writeHead'];
        next();
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        apply(res);
        next();
      });
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const apiOrigin = new URL(env.VITE_API_URL || process.env.VITE_API_URL || 'http://localhost:3000').origin;
  return {
    plugins: [react(), securityHeadersPlugin(apiOrigin)],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    // Never blank on a fresh checkout: every dependency is pre-bundled before the first page is served. The scan
    // starts from every source file (not only what index.html reaches before the first lazy route), and the
    // dependencies are listed so a late discovery can never re-optimise and answer 504 "Outdated Optimize Dep".
    optimizeDeps: {
      entries: ['index.html', 'src/**/*.{ts,tsx}', '!src/**/*.test.{ts,tsx}', '!src/test/**'],
      include: [
        'react',
        'react/jsx-runtime',
        'react/jsx-dev-runtime',
        'react-dom',
        'react-dom/client',
        'react-router',
        '@tanstack/react-query',
        'react-error-boundary',
        'recharts',
        'papaparse',
        'i18next',
        'react-i18next',
        'bowser',
        '@date-fns/tz',
      ],
      holdUntilCrawlEnd: true,
    },
    server: { port: 5173, strictPort: true },
    preview: { port: 5173, strictPort: true },
    build: {
      outDir: 'dist',
      sourcemap: false,
      // two pages: the SPA, and the API reference (Swagger UI over the API's GET /openapi.json), whose JavaScript
      // the SPA never loads
      rollupOptions: {
        input: {
          main: fileURLToPath(new URL('./index.html', import.meta.url)),
          'api-reference': fileURLToPath(new URL('./api-reference/index.html', import.meta.url)),
        },
      },
    },
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'config/**/*.test.{ts,mjs}'],
      css: false,
    },
  };
});

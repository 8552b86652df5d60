// The API reference page (/api-reference/): Swagger UI rendering the contract as the API this build talks to
// serves it (GET /openapi.json, the repo's docs/openapi.json), with "Try it out" aimed at that same API.
// A page of its own: the SPA never loads its JavaScript.
import SwaggerUIBundle from 'swagger-ui-dist/swagger-ui-es-bundle.js';
import 'swagger-ui-dist/swagger-ui.css';
import { API_URL } from '@/lib/api-client';

const root = document.getElementById('api-reference')!;

async function show(): Promise<void> {
  const response = await fetch(`${API_URL}/openapi.json`);
  if (!response.ok) throw new Error(`answered ${response.status}`);
  const document = (await response.json()) as Record<string, unknown>;
  SwaggerUIBundle({
    spec: { ...document, servers: [{ url: API_URL, description: 'the API this page was built for' }] },
    domNode: root,
    deepLinking: true,
    // every operation listed at once: the page reads as the catalogue
    docExpansion: 'list',
    defaultModelsExpandDepth: 0,
    // "Try it out" sends the session cookie, as the SPA does; no outside validator service
    withCredentials: true,
    validatorUrl: null,
  });
}

show().catch((error: unknown) => {
  root.setAttribute('role', 'alert');
  root.textContent = `The API at ${API_URL} did not give its contract (GET /openapi.json: ${error instanceof Error ? error.message : String(error)}).`;
});

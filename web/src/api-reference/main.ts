// The API reference page (/api-reference/): Swagger UI rendering the repo's own contract, docs/openapi.json, as this
// build bundled it. A page of its own, so none of its JavaScript is loaded by the SPA.
import SwaggerUIBundle from 'swagger-ui-dist/swagger-ui-es-bundle.js';
import 'swagger-ui-dist/swagger-ui.css';
import documentUrl from '@docs/openapi.json?url';

SwaggerUIBundle({
  url: documentUrl,
  dom_id: '#api-reference',
  deepLinking: true,
  // every operation open at once: the page reads as the catalogue
  docExpansion: 'list',
  defaultModelsExpandDepth: 0,
  // no call to an outside validator service
  validatorUrl: null,
});

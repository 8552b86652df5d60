// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createConfig, lint } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';

const DOCUMENT = new URL('../../../docs/openapi.json', import.meta.url).pathname;

describe('the contract, docs/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document (Redocly, recommended rules: no error)', async () => {
    const problems = await lint({ ref: DOCUMENT, config: await createConfig({ extends: ['recommended'] }) });
    const errors = problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message} ${p.location[0]?.pointer ?? ''}`);
    expect(errors).toEqual([]);
  });

  it('names every function by its path, as the SPA calls it', () => {
    const doc = JSON.parse(readFileSync(DOCUMENT, 'utf8')) as { paths: Record<string, Record<string, { operationId: string }>> };
    for (const [path, item] of Object.entries(doc.paths)) {
      expect(Object.values(item).map((op) => `/${op.operationId}`)).toEqual([path]);
    }
  });
});

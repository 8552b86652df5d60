import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('the message catalogue', () => {
  const english = flatten(en as Tree);
  const french = flatten(fr as Tree);

  it('has every key in both English and French, and no empty text', () => {
    expect([...english.keys()].filter((k) => !french.has(k))).toEqual([]);
    expect([...french.keys()].filter((k) => !english.has(k))).toEqual([]);
    expect([...english].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
    expect([...french].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
    expect(english.size).toBeGreaterThan(300);
  });

  it('uses the same {{placeholders}} in both languages', () => {
    const mismatched = [...english].filter(([k, v]) => placeholders(v).join() !== placeholders(french.get(k) ?? '').join()).map(([k]) => k);
    expect(mismatched).toEqual([]);
  });

  it('is really translated: French differs from English for most texts', () => {
    const same = [...english].filter(([k, v]) => french.get(k) === v).length;
    expect(same / english.size).toBeLessThan(0.15);
  });

  it('words every campaign status of the API contract (docs/openapi.json) for campaigns', () => {
    const api = JSON.parse(readFileSync(`${process.cwd()}/../docs/openapi.json`, 'utf8')) as { components: { schemas: Record<string, { enum?: string[] }> } };
    const statuses = api.components.schemas.CampaignStatus.enum ?? [];
    expect(statuses.length).toBeGreaterThan(0);
    expect(Object.keys(en.enums.campaignStatus).sort()).toEqual([...statuses].sort());
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { applyLanguage } from '@/i18n';
import { T } from './strings';

describe('the import report sentence', () => {
  afterEach(() => applyLanguage('en'));

  it('says one duplicate and one error in the singular (QA: "1 duplicates")', () => {
    expect(T.report(1, 1, 1)).toBe('1 created, 1 duplicate, 1 error.');
    expect(T.report(47000, 2500, 500)).toBe('47,000 created, 2,500 duplicates, 500 errors.');
    expect(T.report(0, 0, 0)).toBe('0 created, 0 duplicates, 0 errors.');
    applyLanguage('fr');
    expect(T.report(1, 1, 1)).toBe('Créés : 1, doublons : 1, erreurs : 1.');
  });
});

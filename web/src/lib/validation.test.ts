import { afterEach, describe, expect, it } from 'vitest';
import { applyLanguage } from '@/i18n';
import { localizeIssue, prefixed, recordRules, rulesFor, validate } from './validation';

describe('client-side validation mirrors the contract', () => {
  const signup = rulesFor('signup');

  it('takes the signup rules from the generated CONSTRAINTS', () => {
    expect(signup.password).toMatchObject({ minLength: 10, maxLength: 200, required: true, mixedClasses: true });
    expect(signup.email).toMatchObject({ email: true, required: true });
  });

  it('rejects what the server rejects for signup', () => {
    expect(validate({ email: 'not-an-email', password: 'short' }, signup)).toEqual({ email: 'must be a valid e-mail address', password: 'must be at least 10 characters' });
    expect(validate({ email: 'ada@example.com', password: 'abcdefghijkl' }, signup).password).toMatch(/must mix at least two/);
    expect(validate({ email: '', password: '' }, signup)).toEqual({ email: 'must not be blank', password: 'must not be blank' });
  });

  it('accepts what the server accepts', () => {
    expect(validate({ email: 'ada@example.com', password: 'correct horse 1' }, signup)).toEqual({});
    expect(validate({ email: 'ada@example.com', password: '1234567890a' }, signup)).toEqual({});
  });

  it('checks the settings ranges, warm-up included', () => {
    const rules = { ...rulesFor('updateSettings'), ...prefixed('warmup', recordRules('WarmupSettings')) };
    const errors = validate({ aiConfidenceThreshold: 101, dailyEmailLimit: 0, warmup: { minDays: 6, maxDays: 16, dailyActionLimit: 41 } }, rules);
    expect(errors).toEqual({
      aiConfidenceThreshold: 'must be between 0 and 100',
      dailyEmailLimit: 'must be between 1 and 100',
      'warmup.minDays': 'must be between 7 and 15',
      'warmup.maxDays': 'must be between 7 and 15',
      'warmup.dailyActionLimit': 'must be between 1 and 40',
    });
    expect(validate({ aiConfidenceThreshold: 80, dailyEmailLimit: 20, warmup: { minDays: 7, maxDays: 14, dailyActionLimit: 20 } }, rules)).toEqual({});
  });

  describe('a campaign without any channel', () => {
    afterEach(() => applyLanguage('en'));

    it("shows the server's 422 on channels in the seller's language", () => {
      applyLanguage('en');
      expect(localizeIssue('must include at least one channel')).toBe('choose at least one channel');
      applyLanguage('fr');
      expect(localizeIssue('must include at least one channel')).toBe('choisissez au moins un canal');
    });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { applyLanguage } from '@/i18n';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ApiError, describeError, serverDetail } from './api-client';
import { localizeIssue, rulesFor, validate } from './validation';

afterEach(() => {
  applyLanguage('en');
  localStorage.clear();
});

const err = (status: number, code: string, message: string, details: { field: string; issue: string }[] = []) => new ApiError({ status, code, message, details, requestId: 'req-1' });

describe('server errors in the UI language', () => {
  it('English: the server sentence itself, no secondary text', () => {
    applyLanguage('en');
    const e = err(404, 'NOT_FOUND', 'Prospect not found');
    expect(describeError(e)).toBe('Prospect not found');
    expect(serverDetail(e)).toBeNull();
  });

  it('French: each contract code has its own French sentence, the server text as secondary detail', () => {
    applyLanguage('fr');
    const cases: [number, string, string][] = [
      [401, 'UNAUTHORIZED', 'Votre session a pris fin. Reconnectez-vous.'],
      [401, 'INVALID_CREDENTIALS', 'E-mail ou mot de passe incorrect.'],
      [403, 'FORBIDDEN', 'Vous n’avez pas le droit de faire cela.'],
      [404, 'NOT_FOUND', 'Introuvable : l’élément a peut-être été supprimé.'],
      [409, 'CONFLICT', 'Conflit avec l’état actuel (quelqu’un l’a peut-être modifié). Rechargez et réessayez.'],
      [422, 'VALIDATION_ERROR', 'Certains champs ne sont pas valides.'],
      [500, 'INTERNAL_SERVER_ERROR', 'Le serveur a rencontré un problème. Réessayez plus tard.'],
      [503, 'SERVICE_UNAVAILABLE', 'Le service est momentanément indisponible. Réessayez plus tard.'],
    ];
    for (const [status, code, french] of cases) {
      const e = err(status, code, 'Server says so');
      expect(describeError(e)).toBe(french);
      expect(serverDetail(e)).toBe('Server says so');
    }
    expect(describeError(err(418, 'SOMETHING_NEW', 'x'))).toBe('Une erreur est survenue.');
  });

  it('French: a 429 says "trop de requêtes" with its wait', () => {
    applyLanguage('fr');
    const e = new ApiError({ status: 429, code: 'RATE_LIMIT_EXCEEDED', message: 'Too many requests', retryAfterSeconds: 12 });
    expect(describeError(e)).toBe('Doucement : trop de requêtes. Réessayez dans 12 s.');
    expect(serverDetail(e)).toBeNull();
  });

  it('ErrorMessage shows the French sentence and the server text as secondary', () => {
    applyLanguage('fr');
    render(<ErrorMessage error={err(409, 'CONFLICT', 'Email already registered')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Conflit avec l’état actuel');
    expect(screen.getByText('Serveur : Email already registered')).toBeInTheDocument();
  });
});

describe('field issues in the UI language', () => {
  it('server details: the fixed set is translated, anything else is "not valid" plus the server text', () => {
    applyLanguage('fr');
    const e = err(422, 'VALIDATION_ERROR', 'The request has invalid fields', [
      { field: 'email', issue: 'must be a valid e-mail address' },
      { field: 'dailyEmailLimit', issue: 'must be between 1 and 100' },
      { field: 'passwordValid', issue: 'must mix at least two of: lower-case letters, upper-case letters, digits, other characters' },
      { field: 'message', issue: 'hits blacklisted topics: guarantee' },
    ]);
    expect(e.fieldErrors()).toEqual({
      email: 'doit être une adresse e-mail valide',
      dailyEmailLimit: 'doit être compris entre 1 et 100',
      password: 'doit mélanger au moins deux types : minuscules, majuscules, chiffres, autres caractères',
      message: 'Cette valeur n’est pas valide (hits blacklisted topics: guarantee)',
    });
  });

  it('English keeps the server sentences as they are', () => {
    applyLanguage('en');
    expect(localizeIssue('hits blacklisted topics: guarantee')).toBe('hits blacklisted topics: guarantee');
    expect(localizeIssue('must be at most 200 characters')).toBe('must be at most 200 characters');
    expect(localizeIssue('must be at least 7')).toBe('must be at least 7');
  });

  it('client-side checks speak French too', () => {
    applyLanguage('fr');
    expect(validate({ email: 'not-an-email', password: 'short' }, rulesFor('signup'))).toEqual({
      email: 'doit être une adresse e-mail valide',
      password: 'doit contenir au moins 10 caractères',
    });
    expect(validate({ email: '', password: '' }, rulesFor('signup'))).toEqual({ email: 'ne doit pas être vide', password: 'ne doit pas être vide' });
  });
});

describe('the warm-up order check names no internal field', () => {
  it('words the server\'s "maxDays >= minDays" issue and the client check alike, in both languages', () => {
    expect(localizeIssue('must be greater than or equal to minDays')).toBe('must be at least the minimum number of days');
    applyLanguage('fr');
    expect(localizeIssue('must be greater than or equal to minDays')).toBe('doit être supérieur ou égal au minimum');
    applyLanguage('en');
  });
});

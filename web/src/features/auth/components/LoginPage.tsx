import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ApiError } from '@/lib/api-client';
import { rulesFor } from '@/lib/validation';
import { useFormErrors } from '@/lib/use-form-errors';
import { TextField } from '@/components/Field';
import { ErrorMessage } from '@/components/ErrorMessage';
import { clearSignedIn } from '@/lib/session-flag';
import { useLogin } from '../api/auth';
import { useSafeNext } from '../hooks/use-safe-next';
import { AuthLayout } from './AuthLayout';
import { useTranslation } from 'react-i18next';

const rules = rulesFor('login');

export default function LoginPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormErrors(rules);
  const login = useLogin();
  const navigate = useNavigate();
  const next = useSafeNext();
  const expired = (useLocation().state as { expired?: boolean } | null)?.expired === true;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!form.check({ email, password })) return;
    login.mutate(
      { email: email.trim(), password },
      { onSuccess: () => { clearSignedIn(); navigate(next, { replace: true }); }, onError: (err) => form.fromServer(err) },
    );
  };

  const wrongCredentials = login.error instanceof ApiError && login.error.code === 'INVALID_CREDENTIALS';
  return (
    <AuthLayout title={t('auth.logIn')}>
      {expired && !login.isSuccess && (
        <p className="notice" role="status">
          {t('auth.sessionExpired')}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <TextField label={t('auth.email')} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} error={form.errors.email} required />
        <TextField label={t('auth.password')} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} error={form.errors.password} required />
        {login.isError && (wrongCredentials ? <p className="error" role="alert">{t('auth.wrongCredentials')}</p> : <ErrorMessage error={login.error} />)}
        <button type="submit" className="btn btn-primary btn-block" disabled={login.isPending}>
          {login.isPending ? t('auth.loggingIn') : t('auth.logIn')}
        </button>
      </form>
      <p className="muted">
        {t('auth.newHere')} <Link to="/signup">{t('auth.createAnAccount')}</Link>
      </p>
    </AuthLayout>
  );
}

import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { rulesFor } from '@/lib/validation';
import { useFormErrors } from '@/lib/use-form-errors';
import { TextField } from '@/components/Field';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ApiError } from '@/lib/api-client';
import { useSignup } from '../api/auth';
import { AuthLayout } from './AuthLayout';
import { useTranslation } from 'react-i18next';

const rules = rulesFor('signup');

export default function SignupPage() {
  const { t } = useTranslation();
  const [values, setValues] = useState({ email: '', password: '', fullName: '', companyName: '' });
  const form = useFormErrors(rules);
  const signup = useSignup();
  const navigate = useNavigate();

  const set = (field: keyof typeof values) => (e: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [field]: e.target.value }));
    form.clear(field);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!form.check(values)) return;
    signup.mutate(
      {
        email: values.email.trim(),
        password: values.password,
        ...(values.fullName.trim() ? { fullName: values.fullName.trim() } : {}),
        ...(values.companyName.trim() ? { companyName: values.companyName.trim() } : {}),
      },
      {
        onSuccess: () => navigate('/onboarding', { replace: true }),
        onError: (err) => {
          if (err instanceof ApiError && err.status === 409) form.setErrors({ email: t('auth.alreadyRegistered') });
          else form.fromServer(err);
        },
      },
    );
  };

  const handled = signup.error instanceof ApiError && (signup.error.status === 409 || (signup.error.status === 422 && signup.error.details.length > 0));
  return (
    <AuthLayout title={t('auth.signupTitle')}>
      <form onSubmit={submit} noValidate>
        <TextField label={t('auth.email')} type="email" autoComplete="email" value={values.email} onChange={set('email')} error={form.errors.email} required />
        <TextField
          label={t('auth.password')}
          type="password"
          autoComplete="new-password"
          value={values.password}
          onChange={set('password')}
          error={form.errors.password}
          hint={t('auth.passwordHint')}
          required
        />
        <TextField label={t('auth.fullName')} autoComplete="name" value={values.fullName} onChange={set('fullName')} error={form.errors.fullName} />
        <TextField label={t('auth.company')} autoComplete="organization" value={values.companyName} onChange={set('companyName')} error={form.errors.companyName} />
        {signup.isError && !handled && <ErrorMessage error={signup.error} />}
        <button type="submit" className="btn btn-primary btn-block" disabled={signup.isPending}>
          {signup.isPending ? t('auth.creating') : t('auth.createAccount')}
        </button>
      </form>
      <p className="muted">
        {t('auth.haveAccount')} <Link to="/login">{t('auth.logIn')}</Link>
      </p>
    </AuthLayout>
  );
}

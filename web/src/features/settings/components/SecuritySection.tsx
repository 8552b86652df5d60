import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { deviceName } from '@/lib/device-name';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { QueryState } from '@/components/States';
import { TextField } from '@/components/Field';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useDisplayTimeZone } from '@/lib/display-zone';
import { rulesFor } from '@/lib/validation';
import { useFormErrors } from '@/lib/use-form-errors';
import { useChangePassword, useLogoutEverywhere, useSessions } from '../api/settings';

const passwordRules = rulesFor('changePassword');

export function SecuritySection() {
  useDisplayTimeZone(); // its dates follow a change of the profile's zone
  const { t } = useTranslation();
  const sessions = useSessions();
  const logoutAll = useLogoutEverywhere();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  return (
    <section className="card" aria-labelledby="security-title">
      <h2 id="security-title">{t('settings.security')}</h2>
      <h3>{t('settings.activeSessions')}</h3>
      <QueryState query={sessions} isEmpty={(s) => s.items.length === 0} empty={t('settings.noSession')}>
        {(s) => (
          <ul className="stream" data-testid="sessions">
            {s.items.map((item) => (
              <li key={item.id}>
                <strong title={item.userAgent ?? undefined}>{deviceName(item.userAgent, (browser, os) => t('settings.browserOnOs', { browser, os })) ?? t('settings.unknownDevice')}</strong>{' '}
                {item.current && <span className="badge">{t('settings.thisSession')}</span>}
                <div className="muted small">
                  {t('settings.sessionTimes', { created: formatDateTime(item.createdAt), lastSeen: formatDateTime(item.lastSeenAt) })}
                </div>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      {logoutAll.isError && <ErrorMessage error={logoutAll.error} />}
      <button
        type="button"
        className="btn"
        disabled={logoutAll.isPending}
        onClick={() =>
          logoutAll.mutate(
            {},
            {
              onSuccess: () => {
                queryClient.clear();
                navigate('/login', { replace: true });
              },
            },
          )
        }
      >
        {t('settings.logoutEverywhere')}
      </button>
      <ChangePasswordForm />
    </section>
  );
}

function ChangePasswordForm() {
  const { t } = useTranslation();
  const [values, setValues] = useState({ currentPassword: '', newPassword: '' });
  const form = useFormErrors(passwordRules);
  const change = useChangePassword();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!form.check(values)) return;
    change.mutate(values, {
      onSuccess: () => setValues({ currentPassword: '', newPassword: '' }),
      onError: (err) => {
        if (err instanceof ApiError && err.code === 'INVALID_CREDENTIALS') form.setErrors({ currentPassword: t('settings.notCurrentPassword') });
        else form.fromServer(err);
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate style={{ marginTop: '1.25rem' }}>
      <h3>{t('settings.changePassword')}</h3>
      <div className="grid">
        <TextField label={t('settings.currentPassword')} type="password" autoComplete="current-password" value={values.currentPassword} onChange={(e) => setValues((v) => ({ ...v, currentPassword: e.target.value }))} error={form.errors.currentPassword} />
        <TextField label={t('settings.newPassword')} type="password" autoComplete="new-password" value={values.newPassword} onChange={(e) => setValues((v) => ({ ...v, newPassword: e.target.value }))} error={form.errors.newPassword} hint={t('auth.passwordHint')} />
      </div>
      {change.isError && !Object.keys(form.errors).length && <ErrorMessage error={change.error} />}
      {change.isSuccess && <p className="success" role="status">{t('settings.passwordChanged')}</p>}
      <button type="submit" className="btn btn-primary" disabled={change.isPending}>
        {t('settings.changePassword')}
      </button>
    </form>
  );
}

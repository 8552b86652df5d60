import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { QueryState } from '@/components/States';
import { TextField } from '@/components/Field';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { rulesFor } from '@/lib/validation';
import { useFormErrors } from '@/lib/use-form-errors';
import { useChangePassword, useLogoutEverywhere, useSessions } from '../api/settings';

const passwordRules = rulesFor('changePassword');

export function SecuritySection() {
  const sessions = useSessions();
  const logoutAll = useLogoutEverywhere();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  return (
    <section className="card" aria-labelledby="security-title">
      <h2 id="security-title">Sessions and password</h2>
      <h3>Active sessions</h3>
      <QueryState query={sessions} isEmpty={(s) => s.items.length === 0} empty="No active session.">
        {(s) => (
          <ul className="stream" data-testid="sessions">
            {s.items.map((item) => (
              <li key={item.id}>
                <strong>{item.userAgent || 'Unknown device'}</strong> {item.current && <span className="badge">This session</span>}
                <div className="muted small">
                  Signed in {formatDateTime(item.createdAt)} · last seen {formatDateTime(item.lastSeenAt)}
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
        Log out everywhere
      </button>
      <ChangePasswordForm />
    </section>
  );
}

function ChangePasswordForm() {
  const [values, setValues] = useState({ currentPassword: '', newPassword: '' });
  const form = useFormErrors(passwordRules);
  const change = useChangePassword();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!form.check(values)) return;
    change.mutate(values, {
      onSuccess: () => setValues({ currentPassword: '', newPassword: '' }),
      onError: (err) => {
        if (err instanceof ApiError && err.code === 'INVALID_CREDENTIALS') form.setErrors({ currentPassword: 'is not your current password' });
        else form.fromServer(err);
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate style={{ marginTop: '1.25rem' }}>
      <h3>Change password</h3>
      <div className="grid">
        <TextField label="Current password" type="password" autoComplete="current-password" value={values.currentPassword} onChange={(e) => setValues((v) => ({ ...v, currentPassword: e.target.value }))} error={form.errors.currentPassword} />
        <TextField label="New password" type="password" autoComplete="new-password" value={values.newPassword} onChange={(e) => setValues((v) => ({ ...v, newPassword: e.target.value }))} error={form.errors.newPassword} hint="At least 10 characters, mixing letters, digits or symbols." />
      </div>
      {change.isError && !Object.keys(form.errors).length && <ErrorMessage error={change.error} />}
      {change.isSuccess && <p className="success" role="status">Password changed. Your other sessions were signed out.</p>}
      <button type="submit" className="btn btn-primary" disabled={change.isPending}>
        Change password
      </button>
    </form>
  );
}

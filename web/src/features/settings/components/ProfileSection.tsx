import { useState, type FormEvent } from 'react';
import { QueryState } from '@/components/States';
import { TextField } from '@/components/Field';
import { ErrorMessage } from '@/components/ErrorMessage';
import { rulesFor } from '@/lib/validation';
import { useFormErrors } from '@/lib/use-form-errors';
import type { Output } from '@/lib/api-client';
import { useMe, useUpdateMe } from '../api/settings';

const rules = rulesFor('updateMe');

export function ProfileSection() {
  const me = useMe();
  return (
    <section className="card" aria-labelledby="profile-title">
      <h2 id="profile-title">Profile</h2>
      <QueryState query={me}>{(user) => <ProfileForm user={user} />}</QueryState>
    </section>
  );
}

function ProfileForm({ user }: { user: Output<'me'> }) {
  const [values, setValues] = useState({ fullName: user.fullName ?? '', companyName: user.companyName ?? '', timezone: user.timezone });
  const form = useFormErrors(rules);
  const update = useUpdateMe();
  const set = (field: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!form.check(values)) return;
    update.mutate(values, { onError: (err) => form.fromServer(err) });
  };

  return (
    <form onSubmit={submit} noValidate>
      <p className="muted small">Signed in as {user.email}</p>
      <div className="grid">
        <TextField label="Full name" value={values.fullName} onChange={set('fullName')} error={form.errors.fullName} autoComplete="name" />
        <TextField label="Company" value={values.companyName} onChange={set('companyName')} error={form.errors.companyName} autoComplete="organization" />
        <TextField label="Time zone" value={values.timezone} onChange={set('timezone')} error={form.errors.timezone} hint="IANA name, e.g. Europe/Paris" />
      </div>
      {update.isError && !Object.keys(form.errors).length && <ErrorMessage error={update.error} />}
      {update.isSuccess && <p className="success" role="status">Profile saved.</p>}
      <button type="submit" className="btn btn-primary" disabled={update.isPending}>
        Save profile
      </button>
    </form>
  );
}
